// st.html: the HTML inserted into the page (not in an iframe), always sanitised by
// DOMPurify (a lazy chunk, fetched only by pages that show st.html) as Streamlit
// 1.67 does: HTML only (no SVG or MathML), links opening in a new tab keep doing so.
// With unsafe_allow_javascript=True <script> tags are kept too and run, in order;
// event-handler attributes and javascript: URLs are removed either way. HTML of only
// <style> tags goes to the hidden event area (as in Streamlit).

import { h } from "../dom";
import { registerElement } from "../registry";
import { widthStyle } from "./latex";

interface HtmlEl {
  type: "html";
  body: string;
  unsafe_allow_javascript?: boolean;
  style_only?: boolean;
  width?: "stretch" | "content" | number;
}

type Purify = (typeof import("dompurify"))["default"];

const SAFE = { USE_PROFILES: { html: true }, FORCE_BODY: true };
const WITH_SCRIPTS = {
  ...SAFE,
  ADD_TAGS: ["script", "style"],
  ADD_ATTR: ["src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"],
};
const BLANK = "data-ost-target-blank";

let purifier: Promise<Purify> | null = null;

function load(): Promise<Purify> {
  purifier ??= import("dompurify").then(({ default: purify }) => {
    // target="_blank" survives (with rel="noopener noreferrer"); other targets do not.
    purify.addHook("beforeSanitizeAttributes", (node) => {
      if (node instanceof Element && node.getAttribute("target") === "_blank") node.setAttribute(BLANK, "");
    });
    purify.addHook("afterSanitizeAttributes", (node) => {
      if (!(node instanceof Element) || !node.hasAttribute(BLANK)) return;
      node.removeAttribute(BLANK);
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    });
    return purify;
  });
  return purifier;
}

/** Scripts set through innerHTML never run: each is replaced by a fresh copy, which
 * does once the element is on the page. */
function runScripts(root: HTMLElement): void {
  for (const old of root.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const attr of old.attributes) script.setAttribute(attr.name, attr.value);
    if (!old.src) script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

registerElement("html", (el) => {
  const html = el as unknown as HtmlEl;
  const root = h("div", {
    class: `ost-html${html.style_only ? " style-only" : ""}${html.width === "content" ? " content" : ""}`,
    style: widthStyle(html.width),
  });
  load()
    .then((purify) => {
      const scripts = Boolean(html.unsafe_allow_javascript);
      root.innerHTML = purify.sanitize(html.body, scripts ? WITH_SCRIPTS : SAFE);
      if (scripts) runScripts(root);
    })
    .catch((error: unknown) => {
      purifier = null;
      console.warn("Ostinato: st.html could not be sanitised, so it is not shown", error);
    });
  return { root };
});
