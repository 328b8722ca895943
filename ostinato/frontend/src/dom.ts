// A tiny element builder, so the renderers read like the markup they make.

type Attr = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = String(value);
    else if (name === "text") node.textContent = String(value);
    else if (name === "html") node.innerHTML = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** True while the tree swaps DOM nodes: blur events fired by removing a focused
 * input must not count as the user leaving it. */
export let swapping = false;

export function whileSwapping(work: () => void): void {
  swapping = true;
  try {
    work();
  } finally {
    swapping = false;
  }
}

/** A label with an optional emoji or icon before it. */
export function withIcon(label: string, icon: string | null | undefined): string {
  return icon ? `${icon} ${label}` : label;
}

/** An icon before a label: ":material/name:" in the Material Symbols font (hidden from
 * assistive tech, as its name is no label), an emoji as text (hidden if `hideEmoji`). */
export function iconSpan(icon: string, className = "", hideEmoji = false): HTMLElement {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material
    ? h("span", { class: `ost-icon ${className}`.trim(), "aria-hidden": "true", text: material[1] })
    : h("span", { class: className || null, "aria-hidden": hideEmoji ? "true" : null, text: icon });
}

/** A label's content as attributes of `h`: its Markdown as the server rendered it
 * (`html`, icon included), else its plain text with its icon. */
export function labelContent(label: string, icon: string | null | undefined, html: string | null | undefined): { html: string } | { text: string } {
  return typeof html === "string" ? { html } : { text: withIcon(label, icon) };
}

/** A "?" badge that shows `text` on hover and on keyboard focus. */
export function helpBadge(text: string, html?: string | null): HTMLElement {
  if (typeof html !== "string") {
    return h("span", { class: "ost-help", tabindex: 0, role: "img", "aria-label": `Help: ${text}`, "data-tip": text, text: "?" });
  }
  // The tooltip's Markdown as the server rendered it (help_html), in a child shown on hover.
  const tip = h("span", { class: "ost-help-tip", role: "tooltip", html });
  return h("span", { class: "ost-help rich", tabindex: 0, role: "img", "aria-label": `Help: ${tip.textContent ?? text}` }, "?", tip);
}
