// Small DOM helpers shared by the review screen's modules.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** A field with its visible label and an optional hint under it. */
export function labelled(text: string, field: HTMLElement, hint?: string): HTMLElement {
  const label = element("label", {}, element("span", {}, text), field);
  if (hint) label.append(element("small", {}, hint));
  return label;
}
