// st.iframe, st.components.v1.html and st.components.v1.iframe: a URL or an HTML
// document in a sandboxed iframe (the HTML never runs in the page's own document).
// height "content" follows the document's height when it can be read (srcdoc).

import { withBase } from "../connection";
import { h } from "../dom";
import { sandboxedFrame } from "../frames";
import type { IframeEl } from "../protocol";
import { registerElement } from "../registry";

function fitToContent(frame: HTMLIFrameElement, width: boolean, height: boolean): void {
  const fit = (): void => {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      return; // another origin: its size cannot be read
    }
    if (!doc?.documentElement) return;
    const root = doc.documentElement;
    if (height) frame.style.height = `${Math.ceil(root.scrollHeight)}px`;
    if (width) frame.style.width = `${Math.ceil(root.scrollWidth)}px`;
  };
  frame.addEventListener("load", () => {
    fit();
    try {
      const body = frame.contentDocument?.body;
      if (body && "ResizeObserver" in window) new ResizeObserver(fit).observe(body);
    } catch {
      // Not readable: the size stays as it is.
    }
  });
}

function iframe(el: IframeEl): HTMLElement {
  const frame = sandboxedFrame(el.title || "st.iframe", el.tab_index);
  frame.className = "ost-iframe-frame";
  if (el.srcdoc !== null && el.srcdoc !== undefined) frame.srcdoc = el.srcdoc;
  else if (el.src) frame.src = withBase(el.src);
  if (!el.scrolling) frame.setAttribute("scrolling", "no");
  const root = h("div", { class: "ost-iframe", "data-testid": "ost-iframe" }, frame);
  if (typeof el.width === "number") frame.style.width = `${el.width}px`;
  if (typeof el.height === "number") frame.style.height = `${el.height}px`;
  if (el.height === "stretch") root.classList.add("stretch-height");
  if (el.width === "content" || el.height === "content") {
    if (el.height === "content") frame.style.height = "0px";
    fitToContent(frame, el.width === "content", el.height === "content");
  }
  return root;
}

registerElement("iframe", (el) => ({ root: iframe(el) }));
