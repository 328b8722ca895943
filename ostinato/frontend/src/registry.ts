// Element kinds and how each is drawn. Every module in src/elements/ registers
// the kinds it draws ("markdown", "checkbox", "block:tabs", …); the build bundles
// them all (see build.mjs), so nothing here or in main.ts lists them.

import { h } from "./dom";
import type { BlockEl, DisplayEl, Element, Path, RowsPart, RowsView, UploadedFile, WidgetEl, WireValue } from "./protocol";
import type { Rendered } from "./tree";

/** A window of a table's rows, as the server answers a "rows" request. */
export interface RowsWindow extends RowsPart {
  digest: string;
}

export interface RowsSource {
  /** Rows `start`..`end` of the table at `path` in `view` (sorted, searched);
   * null when they cannot be asked now. */
  rows(path: Path, start: number, end: number, view?: RowsView): Promise<RowsWindow> | null;
}

/** What an element may do on the page. */
export interface Actions extends RowsSource {
  /** Go to another page of the app. */
  navigate(page: string): void;
  /** The user changed the widget's value. */
  change(el: WidgetEl, value: WireValue): void;
  /** The user changed the widget's value, sent with the next rerun (no rerun now). */
  hold?(el: WidgetEl, value: WireValue): void;
  /** The user clicked a button (`submit`: a form's submit button). */
  trigger(el: WidgetEl, submit?: boolean): void;
  upload(url: string, files: File[]): Promise<UploadedFile[]>;
}

/** The element a kind names: "checkbox" → CheckboxEl, "block:tabs" → the tabs block. */
export type ElementOf<K extends string> = K extends `block:${infer B}`
  ? BlockEl & { kind: B }
  : (DisplayEl | WidgetEl) & { type: K };

export type ElementRenderer<E extends Element = Element> = (el: E, path: Path, actions: Actions) => Rendered;

export interface ElementHooks {
  /** Called after every finished run, once the tree is settled. */
  afterRun?: () => void;
}

const renderers = new Map<string, ElementRenderer>();
const afterRun = new Set<() => void>();

/** Draw elements of `kind` (an element type, or "block:<kind>" for containers) with `render`. */
export function registerElement<K extends string>(kind: K, render: ElementRenderer<ElementOf<K>>, hooks: ElementHooks = {}): void {
  renderers.set(kind, render as unknown as ElementRenderer);
  if (hooks.afterRun) afterRun.add(hooks.afterRun);
}

/** A container with no look of its own: "ost-block ost-<kind>". */
export function plainBlock(el: BlockEl): Rendered {
  const root = h("div", { class: `ost-block ost-${el.kind}` });
  return { root, body: root };
}

/** What draws `kind`; a kind nothing registered is an "Unknown element" box
 * (an unknown container is still a container, so its children show). */
export function rendererFor(kind: string): ElementRenderer {
  return renderers.get(kind) ?? (kind.startsWith("block:") ? unknownBlock : unknown);
}

const unknownBlock: ElementRenderer = (el) => plainBlock(el as BlockEl);
const unknown: ElementRenderer = (el) => ({
  root: h("div", { class: "ost-unknown", text: `Unknown element: ${(el as { type: string }).type}` }),
});

/** The registered after-run hooks (forms flag a missing submit button). */
export function runFinished(): void {
  for (const hook of afterRun) hook();
}
