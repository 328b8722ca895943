// The element tree by path. A delta replaces DOM only when the element's JSON
// changed, so inputs the user is in survive an identical delta; a finished run
// drops what it did not produce again.

import { whileSwapping } from "./dom";
import type { Element, Path } from "./protocol";

export interface Rendered {
  root: HTMLElement;
  /** Where a container's children go (absent for plain elements). */
  body?: HTMLElement;
  /** Called after the container's children changed (tabs show the chosen one). */
  refresh?: () => void;
}

export type Renderer = (el: Element, path: Path) => Rendered;

interface TreeNode {
  /** "text", "block:tabs", …: children move to a new version of the same kind. */
  kind: string;
  json: string;
  dom: HTMLElement;
  body: HTMLElement | null;
  kids: (TreeNode | undefined)[];
  parent: TreeNode | null;
  refresh?: () => void;
}

/** "text", "block:tabs", …: what the registry and the tree know an element by. */
export const kindOf = (el: Element): string => (el.type === "block" ? `block:${el.kind}` : el.type);

export class Tree {
  private readonly roots: TreeNode[];

  constructor(
    rootBodies: HTMLElement[],
    private readonly render: Renderer,
    private readonly onRootChange: () => void,
  ) {
    this.roots = rootBodies.map((body) => ({ kind: "root", json: "", dom: body, body, kids: [], parent: null }));
  }

  /** Put `el` at `path` (a delta). */
  put(path: Path, el: Element): void {
    if (path.length < 2 || !this.roots[path[0]]) return;
    const parent = this.container(path.slice(0, -1));
    const index = path[path.length - 1];
    const json = JSON.stringify(el);
    const current = parent.kids[index];
    if (current && current.json === json) {
      fresh(current);
      return;
    }
    fresh(parent);
    this.place(parent, index, el, path, json);
  }

  /** The container at `path`, made (as a plain vertical block) where missing. */
  private container(path: Path): TreeNode {
    let node = this.roots[path[0]];
    for (let depth = 1; depth < path.length; depth++) {
      const index = path[depth];
      const next = node.kids[index];
      node = next && next.body ? next : this.place(node, index, { type: "block", kind: "vertical" }, path.slice(0, depth + 1));
    }
    return node;
  }

  private place(parent: TreeNode, index: number, el: Element, path: Path, json = JSON.stringify(el)): TreeNode {
    const rendered = this.render(el, path);
    const node: TreeNode = {
      kind: kindOf(el),
      json,
      dom: rendered.root,
      body: rendered.body ?? null,
      kids: [],
      parent,
      refresh: rendered.refresh,
    };
    node.dom.dataset.path = path.join(".");
    const current = parent.kids[index];
    if (current && current.dom === node.dom) {
      // The renderer kept the node it drew before (a component's iframe keeps its
      // document and its state; moving it would reload it).
    } else if (current) {
      if (current.body && node.body && current.kind === node.kind) {
        // Same kind of container: keep its children (their deltas follow).
        node.body.append(...Array.from(current.body.childNodes));
        node.kids = current.kids;
        node.kids.forEach((kid) => kid && (kid.parent = node));
      }
      swapKeepingFocus(current.dom, node.dom);
    } else {
      const next = parent.kids.slice(index + 1).find((kid) => kid !== undefined);
      parent.body!.insertBefore(node.dom, next ? next.dom : null);
    }
    parent.kids[index] = node;
    node.refresh?.();
    parent.refresh?.();
    if (parent.kind === "root") this.onRootChange();
    return node;
  }

  /** After a run: every container keeps `sizes[path]` children (none when absent);
   * with `scope` (a fragment run), only the containers at and under those paths. */
  trim(sizes: Record<string, number>, scope?: Path[]): void {
    const visit = (node: TreeNode, key: string): void => {
      if (!node.body) return;
      const keep = sizes[key] ?? 0;
      if (node.kids.length > keep) {
        for (const gone of node.kids.slice(keep)) gone?.dom.remove();
        node.kids.length = keep;
        node.refresh?.();
      }
      node.kids.forEach((kid, i) => kid && visit(kid, `${key}.${i}`));
    };
    if (scope) {
      for (const path of scope) {
        const node = this.find(path);
        if (node) visit(node, path.join("."));
      }
      return;
    }
    this.roots.forEach((root, i) => visit(root, String(i)));
    this.onRootChange();
  }

  /** After a run that sent only what changed: cut the containers listed to their
   * number of children; the others stay as they are. */
  trimOnly(cuts: Record<string, number>): void {
    for (const [key, keep] of Object.entries(cuts)) {
      const node = this.find(key.split(".").map(Number));
      if (!node || !node.body || node.kids.length <= keep) continue;
      for (const gone of node.kids.slice(keep)) gone?.dom.remove();
      node.kids.length = keep;
      node.refresh?.();
    }
    this.onRootChange();
  }

  /** Elements the run left as they were ([parent, first, last] ranges): they and
   * everything inside them belong to this run too. */
  keep(ranges: [Path, number, number][]): void {
    for (const [parent, first, last] of ranges) {
      const block = this.find(parent);
      if (!block) continue;
      fresh(block);
      for (let i = first; i <= last; i++) {
        const kid = block.kids[i];
        if (!kid) continue;
        kid.dom.classList.remove("stale");
        kid.dom.querySelectorAll(".stale").forEach((n) => n.classList.remove("stale"));
      }
    }
  }

  /** The element at `path` as last drawn (null when there is none). */
  current(path: Path): Element | null {
    const node = this.find(path);
    return node && node.json ? (JSON.parse(node.json) as Element) : null;
  }

  private find(path: Path): TreeNode | undefined {
    let node: TreeNode | undefined = this.roots[path[0]];
    for (const index of path.slice(1)) node = node?.kids[index];
    return node;
  }

  /** A run started: everything on the page (with `scope`, a fragment run: in the
   * blocks at those paths) is left over from the previous one. */
  stale(scope?: Path[]): void {
    const visit = (node: TreeNode): void =>
      node.kids.forEach((kid) => {
        if (!kid) return;
        kid.dom.classList.add("stale");
        visit(kid);
      });
    this.scoped(scope).forEach(visit);
  }

  /** The run finished: nothing is stale any more (in `scope`, for a fragment run). */
  settle(scope?: Path[]): void {
    this.scoped(scope).forEach((node) => node.dom.querySelectorAll(".stale").forEach((n) => n.classList.remove("stale")));
  }

  private scoped(scope?: Path[]): TreeNode[] {
    if (!scope) return this.roots;
    return scope.map((path) => this.find(path)).filter((node): node is TreeNode => node !== undefined);
  }

  childCount(root: number): number {
    return this.roots[root].kids.filter(Boolean).length;
  }
}

/** The node and its containers belong to the current run. */
function fresh(node: TreeNode | null): void {
  // Only where it is set: a fragment run must not touch the page around it.
  for (let at = node; at && at.kind !== "root"; at = at.parent) if (at.dom.classList.contains("stale")) at.dom.classList.remove("stale");
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;
const TEXT_TYPES = new Set(["text", "password", "search", "email", "url", "tel", "number"]);
const isTextControl = (node: unknown): node is TextControl =>
  node instanceof HTMLTextAreaElement || (node instanceof HTMLInputElement && TEXT_TYPES.has(node.type));

/** Replace `old` by `next`; if the user was in an input inside `old`, put them in
 * its new version, with what they typed if the server did not change the value. */
function swapKeepingFocus(old: HTMLElement, next: HTMLElement): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !old.contains(active) || !active.id) {
    whileSwapping(() => old.replaceWith(next));
    return;
  }
  const typed = isTextControl(active) && active.value !== active.defaultValue ? active.value : null;
  const before = isTextControl(active) ? active.defaultValue : null;
  const selection = isTextControl(active) ? selectionOf(active) : null;
  whileSwapping(() => old.replaceWith(next));
  const again = document.getElementById(active.id);
  if (!again || !next.contains(again)) return;
  if (isTextControl(again) && typed !== null && again.defaultValue === before && !again.disabled) {
    again.value = typed;
    again.dispatchEvent(new Event("input", { bubbles: true }));
  }
  again.focus({ preventScroll: true });
  if (selection && isTextControl(again)) {
    try {
      again.setSelectionRange(selection[0], selection[1]);
    } catch {
      // Inputs such as type=number have no selection.
    }
  }
}

function selectionOf(control: TextControl): [number, number] | null {
  try {
    return control.selectionStart === null ? null : [control.selectionStart, control.selectionEnd ?? control.selectionStart];
  } catch {
    return null;
  }
}
