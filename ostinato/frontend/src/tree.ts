// The element tree by path: puts each delta in place, replaces DOM only when an
// element's JSON changed, and drops what a finished run did not produce again.

import type { Element, Path } from "./protocol";

export interface Rendered {
  root: HTMLElement;
  /** Where a block's children go (absent for plain elements). */
  body?: HTMLElement;
  /** Called after the block's children changed. */
  refresh?: () => void;
}

interface Rec {
  type: string;
  json: string;
  el: HTMLElement;
  body: HTMLElement | null;
  kids: (Rec | undefined)[];
  refresh?: () => void;
}

export type Render = (el: Element, path: Path) => Rendered;

export class Tree {
  private readonly roots: Rec[];

  constructor(rootBodies: HTMLElement[], private readonly render: Render, private readonly onRootChange: () => void) {
    this.roots = rootBodies.map((body) => ({ type: "root", json: "", el: body, body, kids: [] }));
  }

  private block(path: Path): Rec {
    let rec = this.roots[path[0]];
    for (const index of path.slice(1)) {
      let next = rec.kids[index];
      if (!next || !next.body) {
        next = this.insert(rec, index, { type: "block", kind: "vertical" }, path);
      }
      rec = next;
    }
    return rec;
  }

  /** Put `el` at `path` (a delta). */
  put(path: Path, el: Element): void {
    const parent = this.block(path.slice(0, -1));
    const index = path[path.length - 1];
    const current = parent.kids[index];
    const json = JSON.stringify(el);
    if (current && current.json === json) {
      fresh(current);
      return;
    }
    this.insert(parent, index, el, path, json);
  }

  private insert(parent: Rec, index: number, el: Element, path: Path, json = JSON.stringify(el)): Rec {
    const rendered = this.render(el, path);
    const rec: Rec = {
      type: el.type === "block" ? `block:${String(el.kind)}` : el.type,
      json,
      el: rendered.root,
      body: rendered.body ?? null,
      kids: [],
      refresh: rendered.refresh,
    };
    rec.el.dataset.path = path.join(".");
    const current = parent.kids[index];
    if (current) {
      const focused = current.el.contains(document.activeElement) ? document.activeElement?.id : "";
      if (current.body && rec.body && current.type === rec.type) {
        while (current.body.firstChild) rec.body.appendChild(current.body.firstChild);
        rec.kids = current.kids;
      }
      current.el.replaceWith(rec.el);
      if (focused) document.getElementById(focused)?.focus();
    } else {
      const body = parent.body!;
      const next = parent.kids.slice(index + 1).find((kid) => kid !== undefined);
      body.insertBefore(rec.el, next ? next.el : null);
    }
    parent.kids[index] = rec;
    parent.refresh?.();
    rec.refresh?.();
    if (parent.type === "root") this.onRootChange();
    return rec;
  }

  /** After a run: keep `sizes[path]` children in every block, drop the rest. */
  trim(sizes: Record<string, number>): void {
    const visit = (rec: Rec, key: string): void => {
      if (!rec.body) return;
      const keep = sizes[key] ?? 0;
      if (rec.kids.length > keep) {
        for (const gone of rec.kids.slice(keep)) gone?.el.remove();
        rec.kids.length = keep;
        rec.refresh?.();
      }
      rec.kids.forEach((kid, i) => kid && visit(kid, `${key}.${i}`));
    };
    this.roots.forEach((root, i) => visit(root, String(i)));
    this.onRootChange();
  }

  /** Mark every element of the page as left over from the previous run. */
  stale(): void {
    const visit = (rec: Rec): void => {
      rec.kids.forEach((kid) => {
        if (!kid) return;
        kid.el.classList.add("stale");
        visit(kid);
      });
    };
    this.roots.forEach(visit);
  }

  /** Un-fade everything (the run finished). */
  settle(): void {
    document.querySelectorAll(".stale").forEach((node) => node.classList.remove("stale"));
  }

  hasChildren(root: number): boolean {
    return this.roots[root].kids.length > 0;
  }
}

function fresh(rec: Rec): void {
  rec.el.classList.remove("stale");
}
