// st.html: the HTML inserted into the page (not in an iframe). Sanitised by DOMPurify
// (a lazy chunk, fetched by pages that show st.html) unless the app passed
// unsafe_allow_javascript=True: then the HTML goes in as written and its scripts run,
// in order. HTML of only <style> tags goes to the hidden event area (as in Streamlit).

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

let purifier: Promise<typeof import("dompurify")> | null = null;

/** Insert `body` with its scripts: scripts set through innerHTML never run, so each
 * is replaced by a fresh copy, which does. */
function withScripts(root: HTMLElement, body: string): void {
  root.innerHTML = body;
  for (const old of root.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const attr of old.attributes) script.setAttribute(attr.name, attr.value);
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

function sanitised(root: HTMLElement, body: string): void {
  purifier ??= import("dompurify");
  purifier
    .then(({ default: DOMPurify }) => {
      root.innerHTML = DOMPurify.sanitize(body, { FORCE_BODY: true });
    })
    .catch((error: unknown) => {
      purifier = null;
      console.warn("Ostinato: st.html could not be sanitised, so it is not shown", error);
    });
}

registerElement("html", (el) => {
  const html = el as unknown as HtmlEl;
  const root = h("div", {
    class: `ost-html${html.style_only ? " style-only" : ""}${html.width === "content" ? " content" : ""}`,
    style: widthStyle(html.width),
  });
  if (html.unsafe_allow_javascript) withScripts(root, html.body);
  else sanitised(root, html.body);
  return { root };
});
