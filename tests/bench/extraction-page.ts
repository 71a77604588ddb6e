/**
 * Pages for the extraction benchmark, built in the page with DOM calls, never from strings of HTML: a
 * Gmail-sized conversation, and padding that brings any page to the benchmark's size.
 */

/**
 * Pads the page to `totalElements` with what surrounds a record or a message on a real site (navigation,
 * lists, toolbars): rows of four table cells with a little text each, put before the page's own content.
 * `fill` writes each cell's span (a site's own classes, say).
 */
export function padPage(
  totalElements: number,
  fill: (span: HTMLSpanElement, row: number, cell: number) => void = (span, row) => (span.textContent = `Row ${row}: weekly report, open tasks and other records`),
): void {
  const chrome = document.createElement('div');
  document.body.prepend(chrome);
  const all = document.getElementsByTagName('*');
  for (let row = 0; all.length < totalElements; row++) {
    const table = document.createElement('table');
    const tr = table.insertRow();
    for (let cell = 0; cell < 4 && all.length < totalElements - 2; cell++) {
      const span = document.createElement('span');
      fill(span, row, cell);
      tr.insertCell().append(span);
    }
    chrome.append(table);
  }
}

/**
 * The reading pane of a Gmail conversation of several messages inside the nested tables, divs and spans that
 * make up Gmail's chrome (labels list, toolbars, inbox rows), `totalElements` in all.
 */
export function buildGmailSizedPage(totalElements: number, messages: number): void {
  document.title = 'Inbox (3) - demo.sales@example.com - Gmail';
  document.body.replaceChildren();
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
  padPage(totalElements, (span, row, cell) => {
    span.className = cell === 1 ? 'yP' : 'bog';
    span.textContent = `Inbox row ${row} — weekly report and other mail`;
  });
}
