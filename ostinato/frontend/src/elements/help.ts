// st.help: an object's name and type, its signature or value, docstring and members.

import { h } from "../dom";
import type { HelpEl } from "../protocol";
import { registerElement } from "../registry";

function renderHelp(el: HelpEl): HTMLElement {
  const head = h(
    "div",
    { class: "ost-helpinfo-head" },
    el.name ? h("code", { class: "ost-helpinfo-name", text: el.name }) : null,
    h("span", { class: "ost-helpinfo-type", text: el.obj_type }),
  );
  const summary = el.summary ? h("pre", { class: "ost-helpinfo-summary", text: el.summary }) : null;
  const doc = el.doc ? h("pre", { class: "ost-helpinfo-doc", text: el.doc }) : null;
  const members = el.members.length
    ? h(
        "details",
        // A few members show at once (as in Streamlit); a long list starts folded.
        { class: "ost-helpinfo-members", open: el.members.length <= 8 },
        h("summary", { text: `${el.members.length} ${el.members.length === 1 ? "member" : "members"}` }),
        h(
          "table",
          {},
          ...el.members.map((m) =>
            h("tr", {}, h("td", {}, h("code", { text: m.name })), h("td", { class: "ost-helpinfo-type", text: m.type }), h("td", { text: m.value })),
          ),
        ),
      )
    : null;
  return h("div", { class: "ost-helpinfo", role: "group", "aria-label": el.name || el.obj_type }, head, summary, doc, members);
}

registerElement("help", (el) => ({ root: renderHelp(el) }));
