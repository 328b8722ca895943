// A custom component (st.components.v1.declare_component): an iframe speaking
// Streamlit's component protocol. This module only keeps each instance's place
// in the page; the protocol host (src/component_host.ts) is a chunk loaded when
// the first component is drawn, so pages without components never fetch it.
//
// An instance drawn again at the same place keeps its DOM node, so the component's
// document (and whatever state it holds) lives on while its args change.

import { withBase } from "../connection";
import { h } from "../dom";
import { sandboxedFrame } from "../frames";
import type { ComponentEl } from "../protocol";
import { registerElement, type Actions } from "../registry";
import { activeScheme, onSchemeChange } from "../theme";

type Host = typeof import("../component_host");

let host: Promise<Host> | null = null;
const loadHost = (): Promise<Host> =>
  (host ??= import("../component_host").then((module) => {
    module.start({ withBase, activeScheme, onSchemeChange, sandboxedFrame });
    return module;
  }));

/** Instances on the page by widget id: their node and the path it was drawn at. */
const placed = new Map<string, { root: HTMLElement; path: string }>();

function failed(root: HTMLElement, el: ComponentEl): (error: unknown) => void {
  return (error) => {
    console.warn(`Component ${el.component_name}: its host could not be loaded`, error);
    root.replaceChildren(h("div", { class: "ost-component-error", text: `Component ${el.component_name} could not be loaded.` }));
  };
}

function render(el: ComponentEl, path: number[], actions: Actions): HTMLElement {
  for (const [id, entry] of placed) if (!entry.root.isConnected) placed.delete(id);
  const where = path.join(".");
  const known = placed.get(el.id);
  if (known && known.path === where) {
    loadHost().then((module) => module.update(known.root, el, actions), failed(known.root, el));
    return known.root;
  }
  const root = h("div", {
    class: "ost-component",
    "data-testid": "ost-component",
    "data-key": el.key ?? "",
    "data-widget-id": el.id,
    "data-component": el.component_name,
  });
  placed.set(el.id, { root, path: where });
  loadHost().then((module) => module.mount(root, el, actions), failed(root, el));
  return root;
}

registerElement("component_instance", (el, path, actions) => ({ root: render(el, path, actions) }));
