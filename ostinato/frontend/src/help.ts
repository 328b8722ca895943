// st.help: an object's name and type, its signature or value, docstring and members.

import { h } from "./dom";
import type { HelpEl } from "./protocol";

export function renderHelp(el: HelpEl): HTMLElement {
  const head = h(
    "div",
    { class: "ost-help-head" },
    el.name ? h("code", { class: "ost-help-name", text: el.name }) : null,
    h("span", { class: "ost-help-type", text: el.obj_type }),
  );
  const summary = el.summary ? h("pre", { class: "ost-help-summary", text: el.summary }) : null;
  const doc = el.doc ? h("pre", { class: "ost-help-doc", text: el.doc }) : null;
  const members = el.members.length
    ? h(
        "details",
        { class: "ost-help-members" },
        h("summary", { text: `${el.members.length} members` }),
        h(
          "table",
          {},
          ...el.members.map((m) =>
            h("tr", {}, h("td", {}, h("code", { text: m.name })), h("td", { class: "ost-help-type", text: m.type }), h("td", { text: m.value })),
          ),
        ),
      )
    : null;
  return h("div", { class: "ost-help", role: "group", "aria-label": el.name || el.obj_type }, head, summary, doc, members);
}
