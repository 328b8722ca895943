// st.json: a collapsible tree of the JSON the server formatted. `expanded` opens
// it all (true), none of it (false), or down to `max_depth` levels. A container's
// children are drawn when it is first opened, so a large document costs little.

import { h } from "../dom";
import type { JsonEl } from "../protocol";
import { sized } from "./container";
import { registerElement } from "../registry";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function scalar(value: Json): HTMLElement {
  if (value === null) return h("span", { class: "ost-json-null", text: "null" });
  if (typeof value === "string") return h("span", { class: "ost-json-string", text: JSON.stringify(value) });
  if (typeof value === "number") return h("span", { class: "ost-json-number", text: String(value) });
  return h("span", { class: "ost-json-bool", text: String(value) });
}

function keyLabel(key: string | number | null): HTMLElement | null {
  if (key === null) return null;
  return h("span", { class: typeof key === "number" ? "ost-json-index" : "ost-json-key", text: typeof key === "number" ? `${key}:` : `"${key}":` });
}

function node(value: Json, key: string | number | null, depth: number, openTo: number, last: boolean): HTMLElement {
  const comma = last ? null : h("span", { class: "ost-json-punct", text: "," });
  if (value === null || typeof value !== "object") {
    return h("div", { class: "ost-json-row" }, keyLabel(key), key !== null ? " " : null, scalar(value), comma);
  }
  const isArray = Array.isArray(value);
  const entries: [string | number, Json][] = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return h("div", { class: "ost-json-row" }, keyLabel(key), key !== null ? " " : null, h("span", { class: "ost-json-punct", text: open + close }), comma);
  }
  const count = `${entries.length} ${entries.length === 1 ? "item" : "items"}`;
  const body = h("div", { class: "ost-json-children" });
  const details = h(
    "details",
    { class: "ost-json-node" },
    h(
      "summary",
      { class: "ost-json-row" },
      keyLabel(key),
      key !== null ? " " : null,
      h("span", { class: "ost-json-punct", text: open }),
      h("span", { class: "ost-json-collapsed", text: `…${close}` }),
      h("span", { class: "ost-json-count", text: count }),
    ),
    body,
    h("div", { class: "ost-json-row ost-json-close" }, h("span", { class: "ost-json-punct", text: close }), comma),
  );
  let drawn = false;
  const draw = (): void => {
    if (drawn) return;
    drawn = true;
    body.append(...entries.map(([k, v], i) => node(v, k, depth + 1, openTo, i === entries.length - 1)));
  };
  // Drawn before the browser opens it (a click), or when opened otherwise (toggle).
  details.firstElementChild?.addEventListener("click", draw);
  details.addEventListener("toggle", () => {
    if (details.open) draw();
  });
  if (depth < openTo) {
    draw();
    details.open = true;
  }
  return details;
}

function json(el: JsonEl & { expanded?: boolean; max_depth?: number | null }): HTMLElement {
  let value: Json;
  try {
    value = JSON.parse(el.body) as Json;
  } catch {
    return h("pre", { class: "ost-json", text: el.body });
  }
  const openTo = el.expanded === false ? 0 : typeof el.max_depth === "number" ? el.max_depth : Infinity;
  return h("div", { class: "ost-json ost-json-tree" }, node(value, null, 0, openTo, true));
}

registerElement("json", (el) => ({ root: sized(json(el), el) }));
