import fc from 'fast-check';

/**
 * Random changes to a real page, for fuzzing the recognisers: what a site's redesign, a
 * half-loaded page or a hostile script could do to the markup an adapter reads.
 */
export type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'duplicate'; at: number; copies: number }
  | { op: 'attribute'; at: number; name: string; value: string }
  | { op: 'text'; at: number; value: string }
  | { op: 'move'; at: number; into: number }
  | { op: 'nest'; at: number; depth: number }
  | { op: 'title'; value: string };

/** Attribute names and class tokens the fixture pages use: mutations aimed where adapters look. */
export function vocabulary(docs: Document[]): { attributes: string[]; classes: string[]; tags: string[] } {
  const attributes = new Set(['email', 'name', 'title', 'href', 'class', 'id', 'role', 'aria-label', 'data-id']);
  const classes = new Set<string>();
  const tags = new Set(['div', 'span', 'a', 'h2', 'h3', 'td', 'tr', 'table', 'li', 'ul', 'form', 'input', 'label']);
  for (const doc of docs) {
    for (const element of doc.querySelectorAll('*')) {
      tags.add(element.localName);
      for (const attribute of element.getAttributeNames()) attributes.add(attribute);
      for (const token of element.classList) classes.add(token);
    }
  }
  return { attributes: [...attributes], classes: [...classes], tags: [...tags] };
}

/** Values that break parsers: empty, huge, control and astral characters, markup, look-alike addresses. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.emailAddress(),
  fc.tuple(fc.string({ maxLength: 20 }), fc.emailAddress()).map(([name, email]) => `"${name}" <${email}>`),
  fc.constantFrom('', ' ', '<', '@', '<@>', 'a@b', '"<img src=x onerror=alert(1)>" <x@y.z>', '发件人：', 'From:', '\u0000', '\u202e'),
  fc.integer({ min: 1_000, max: 100_000 }).map((length) => 'a@b.c '.repeat(length / 6)),
);

export function mutationArbitrary(names: { attributes: string[]; classes: string[] }): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ op: fc.constant('remove' as const), at }),
    fc.record({ op: fc.constant('duplicate' as const), at, copies: fc.integer({ min: 1, max: 8 }) }),
    fc.record({
      op: fc.constant('attribute' as const),
      at,
      name: fc.constantFrom(...names.attributes),
      value: fc.oneof(hostileText, fc.constantFrom(...names.classes)),
    }),
    fc.record({ op: fc.constant('text' as const), at, value: hostileText }),
    fc.record({ op: fc.constant('move' as const), at, into: fc.nat() }),
    fc.record({ op: fc.constant('nest' as const), at, depth: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ op: fc.constant('title' as const), value: hostileText }),
  );
}

/** Applies the mutations in order; element indices wrap around the page's current elements. */
export function applyMutations(doc: Document, mutations: Mutation[]): void {
  for (const mutation of mutations) {
    const elements = [...doc.body.querySelectorAll('*')];
    const pick = (index: number) => elements[index % Math.max(elements.length, 1)];
    if (mutation.op === 'title') {
      doc.title = mutation.value;
      continue;
    }
    const element = pick(mutation.at);
    if (!element) continue;
    switch (mutation.op) {
      case 'remove':
        element.remove();
        break;
      case 'duplicate':
        // Bounded, so that repeated copies of copies stay a large page rather than exhaust memory.
        if (elements.length > 3_000) break;
        for (let i = 0; i < mutation.copies; i++) element.after(element.cloneNode(true));
        break;
      case 'attribute':
        try {
          element.setAttribute(mutation.name, mutation.value);
        } catch {
          // an attribute name the DOM refuses: nothing to mutate
        }
        break;
      case 'text':
        element.textContent = mutation.value;
        break;
      case 'move': {
        const target = pick(mutation.into);
        if (target && target !== element && !element.contains(target)) target.append(element);
        break;
      }
      case 'nest': {
        let wrapper: Element = element;
        for (let i = 0; i < mutation.depth; i++) {
          const outer = doc.createElement('div');
          wrapper.replaceWith(outer);
          outer.append(wrapper);
          wrapper = outer;
        }
        break;
      }
    }
  }
}

interface TreeNode {
  tag: string;
  classes: string[];
  attributes: [string, string][];
  text: string;
  children: TreeNode[];
}

/** Random pages built from the sites' own tags, classes and attributes. */
export function treeArbitrary(names: { attributes: string[]; classes: string[]; tags: string[] }): fc.Arbitrary<TreeNode> {
  const { tree } = fc.letrec<{ tree: TreeNode }>((self) => ({
    tree: fc.record({
      tag: fc.constantFrom(...names.tags.filter((tag) => /^[a-z][a-z0-9-]*$/.test(tag) && !['html', 'head', 'body', 'script', 'style', 'iframe'].includes(tag))),
      classes: fc.array(fc.constantFrom(...names.classes), { maxLength: 3 }),
      attributes: fc.array(fc.tuple(fc.constantFrom(...names.attributes), hostileText), { maxLength: 3 }),
      text: fc.oneof(fc.constant(''), hostileText),
      children: fc.oneof(
        { maxDepth: 6, depthIdentifier: 'tree' },
        fc.constant<TreeNode[]>([]),
        fc.array(self('tree'), { maxLength: 4, depthIdentifier: 'tree' }),
      ),
    }),
  }));
  return tree;
}

export function buildTree(doc: Document, node: TreeNode): Element {
  const element = doc.createElement(node.tag);
  for (const token of node.classes) element.classList.add(token);
  for (const [name, value] of node.attributes) {
    try {
      element.setAttribute(name, value);
    } catch {
      // refused attribute name
    }
  }
  if (node.text) element.append(node.text);
  for (const child of node.children) element.append(buildTree(doc, child));
  return element;
}
