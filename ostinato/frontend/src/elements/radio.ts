// st.radio: a radio group; the chosen option's index is sent at once.

import { h, labelContent } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

type Markdown = { options_html?: string[]; captions?: string[]; captions_html?: string[] };

registerElement("radio", (el, _path, actions) => {
  const md = el as typeof el & Markdown;
  const group = h("div", {
    class: `ost-radio-group${el.horizontal ? " horizontal" : ""}`,
    role: "radiogroup",
    "aria-labelledby": `${el.id}-label`,
  });
  el.options.forEach((option, i) => {
    const input = h("input", { type: "radio", name: el.id, id: i === 0 ? el.id : `${el.id}-${i}`, value: i, disabled: el.disabled });
    input.checked = el.value === i;
    input.addEventListener("change", () => input.checked && actions.change(el, i));
    // The option's Markdown (rendered by the server) and its caption under it.
    const text = h("span", labelContent(option, null, md.options_html?.[i]));
    const caption = md.captions?.[i] ? h("small", { class: "ost-option-caption", ...labelContent(md.captions[i], null, md.captions_html?.[i]) }) : null;
    group.append(h("label", { class: `ost-option${caption ? " captioned" : ""}` }, input, caption ? h("span", { class: "ost-option-text" }, text, caption) : text));
  });
  return { root: frame(el, null, group) };
});
