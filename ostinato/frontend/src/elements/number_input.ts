// st.number_input: typed, or stepped with − and + buttons; sent on Enter or
// blur (clamped to the bounds), only if it changed.

import { h } from "../dom";
import { decimals, printf } from "../format";
import { frame, type Send } from "../frame";
import type { NumberInputEl } from "../protocol";
import { registerElement } from "../registry";
import { onCommit, settle } from "../textual";

function renderNumber(el: NumberInputEl, send: Send): HTMLElement {
  const isInt = el.data_type === "int";
  const step = Number(el.step) || (isInt ? 1 : 0.01);
  const places = decimals(step, 2);
  const text = (v: number | null | undefined): string => {
    if (v === null || v === undefined) return "";
    if (el.format) {
      const formatted = printf(el.format, v).trim();
      if (formatted !== "" && Number.isFinite(Number(formatted))) return formatted;
    }
    return isInt ? String(Math.round(v)) : v.toFixed(places);
  };
  const input = h("input", {
    id: el.id,
    type: "number",
    step: isInt ? step : "any",
    min: el.min,
    max: el.max,
    placeholder: el.placeholder || null,
    disabled: el.disabled,
    inputmode: isInt ? "numeric" : "decimal",
  });
  input.defaultValue = text(el.value);
  input.value = input.defaultValue;
  let node: HTMLElement | null = null;
  const clamp = (v: number): number => Math.min(el.max ?? Infinity, Math.max(el.min ?? -Infinity, v));
  const commit = (): void => {
    if (input.value === input.defaultValue) return;
    if (input.value.trim() === "") {
      settle(input, node);
      send(null);
      return;
    }
    const parsed = Number(input.value);
    if (!Number.isFinite(parsed)) return;
    const value = clamp(isInt ? Math.round(parsed) : parsed);
    input.value = text(value);
    settle(input, node);
    send(value);
  };
  onCommit(input, false, commit, () => node);
  const move = (sign: number): void => {
    const next = input.value === "" ? (el.min ?? 0) : Number(input.value) + sign * step;
    input.value = text(clamp(Math.round(next * 1e9) / 1e9));
    commit();
  };
  // The buttons' names come from hidden text, not aria-label, so that finding
  // the input by its label finds only the input.
  const stepper = (sign: number, label: string, glyph: string): HTMLButtonElement => {
    const button = h(
      "button",
      { type: "button", class: "ost-step", "aria-controls": el.id, disabled: el.disabled },
      h("span", { "aria-hidden": "true", text: glyph }),
      h("span", { class: "ost-visually-hidden", text: `${label} ${el.label}` }),
    );
    button.addEventListener("click", () => move(sign));
    return button;
  };
  const hint = h("span", { class: "ost-hint", "aria-hidden": "true", text: "Enter to apply" });
  const box = h("div", { class: "ost-text-box" }, input, hint);
  node = frame(el, el.id, h("div", { class: "ost-number" }, box, stepper(-1, "Decrease", "−"), stepper(1, "Increase", "+")));
  return node;
}

registerElement("number_input", (el, _path, actions) => ({ root: renderNumber(el, (value) => actions.change(el, value)) }));
