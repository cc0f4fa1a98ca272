// A tiny element builder. Text always goes in through text nodes, never innerHTML: names, selections and error
// details come from data and must not be able to inject markup.

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A table with a header row; `testid` names the table, rows are added by the caller. */
export function table(testid: string, headers: string[]): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const body = el('tbody');
  const t = el('table', { 'data-testid': testid }, el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', {}, h)))), body);
  return { table: t, body };
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from index.html`);
  return node as T;
}
