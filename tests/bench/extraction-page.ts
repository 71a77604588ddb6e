/**
 * A Gmail-sized page for the extraction benchmark: the reading pane of a
 * conversation of several messages inside `fillerElements` of the nested tables,
 * divs and spans that make up Gmail's chrome (labels list, toolbars, inbox rows).
 * Built in the page with DOM calls, never from strings of HTML.
 */
export function buildGmailSizedPage(totalElements: number, messages: number): void {
  document.title = 'Inbox (3) - demo.sales@example.com - Gmail';
  const filler = document.createElement('div');
  document.body.replaceChildren(filler);
  const all = document.getElementsByTagName('*');
  for (let made = 0; all.length < totalElements - messages * 4 - 2; made++) {
    const row = document.createElement('table');
    const tr = row.insertRow();
    for (let cell = 0; cell < 4; cell++) {
      const span = document.createElement('span');
      span.className = cell === 1 ? 'yP' : 'bog';
      span.textContent = `Inbox row ${made} — weekly report and other mail`;
      tr.insertCell().append(span);
    }
    filler.append(row);
  }
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  const subject = document.createElement('h2');
  subject.className = 'hP';
  subject.dataset.legacyThreadId = '18c2f0a1b2c3d4e5';
  subject.textContent = '关于2027年春季珠宝订单的报价';
  main.append(subject);
  for (let i = 0; i < messages; i++) {
    const message = document.createElement('div');
    message.className = 'adn ads';
    const from = document.createElement('span');
    from.className = 'gD';
    from.setAttribute('email', i % 2 ? 'demo.sales@example.com' : 'wang.fang@jinlong-jewellery.cn');
    from.setAttribute('name', i % 2 ? 'me' : '王芳');
    from.textContent = i % 2 ? 'me' : '王芳';
    const to = document.createElement('span');
    to.className = 'g2';
    to.setAttribute('email', `colleague${i}@jinlong-jewellery.cn`);
    to.textContent = `Colleague ${i}`;
    const body = document.createElement('div');
    body.className = 'a3s';
    body.textContent = '请把春季新款的报价单发给我，我们计划下月下单。'.repeat(20);
    message.append(from, to, body);
    main.append(message);
  }
  document.body.append(main);
}
