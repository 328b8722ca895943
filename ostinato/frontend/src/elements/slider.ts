// Sliders on native range inputs (two overlaid ones for a range). The value is
// shown as it moves and sent on release: pointer up, change, or a key let go.

import { h } from "../dom";
import { numberText } from "../format";
import { frame, type Send } from "../frame";
import type { SelectSliderEl, SliderEl } from "../protocol";
import { registerElement, type ElementRenderer } from "../registry";

/** Thumb position along the track as a CSS length (thumbs are 18px wide). */
const at = (fraction: number): string => `calc(9px + (100% - 18px) * ${fraction})`;

function renderSlider(el: SliderEl | SelectSliderEl, send: Send): HTMLElement {
  const scale =
    el.type === "select_slider"
      ? { min: 0, max: Math.max(el.options.length - 1, 0), step: 1, show: (v: number) => el.options[v] ?? "" }
      : { min: el.min, max: el.max, step: el.step || 1, show: (v: number) => numberText(v, el.data_type, el.step || 1, el.format) };
  const { min, max, step, show } = scale;
  const range = Array.isArray(el.value);
  const start: number[] = Array.isArray(el.value) ? el.value.slice(0, 2) : [Number(el.value)];

  const inputs = start.map((value, i) =>
    h("input", {
      type: "range",
      id: i === 0 ? el.id : `${el.id}-high`,
      min,
      max,
      step,
      value,
      disabled: el.disabled,
      "aria-label": range ? `${el.label} (${i === 0 ? "low" : "high"})` : null,
    }),
  );
  const track = h("div", { class: `ost-range${range ? "" : " single"}` }, ...inputs);
  const readout = h("output", { class: "ost-slider-value", for: inputs.map((i) => i.id).join(" "), "aria-live": "off" });

  const values = (): number[] => inputs.map((input) => Number(input.value));
  const fraction = (v: number): number => (max > min ? (v - min) / (max - min) : 0);
  const update = (moved?: HTMLInputElement): void => {
    if (range) {
      // The thumbs may meet but not cross: the one moved stops at the other.
      const [lo, hi] = values();
      if (lo > hi && moved === inputs[1]) inputs[1].value = String(lo);
      else if (lo > hi) inputs[0].value = String(hi);
      const [a, b] = values();
      track.style.setProperty("--lo", at(fraction(a)));
      track.style.setProperty("--hi", at(fraction(b)));
      // A low thumb pushed to the end must stay reachable above the high one.
      inputs[0].style.zIndex = a >= max ? "3" : "1";
    } else {
      track.style.setProperty("--lo", "0px");
      track.style.setProperty("--hi", at(fraction(values()[0])));
    }
    readout.textContent = values().map(show).join(" – ");
    inputs.forEach((input) => input.setAttribute("aria-valuetext", show(Number(input.value))));
  };

  let sent = JSON.stringify(start);
  const commit = (): void => {
    const now = values();
    if (JSON.stringify(now) === sent) return;
    sent = JSON.stringify(now);
    send(range ? now : now[0]);
  };
  inputs.forEach((input) => {
    input.addEventListener("input", () => update(input));
    input.addEventListener("change", commit);
    input.addEventListener("pointerup", commit);
    input.addEventListener("keyup", commit);
  });
  update();

  const bounds = h("div", { class: "ost-slider-bounds", "aria-hidden": "true" }, h("span", { text: show(min) }), h("span", { text: show(max) }));
  return frame(el, el.id, h("div", { class: "ost-slider" }, track, readout), bounds);
}

const render: ElementRenderer<SliderEl | SelectSliderEl> = (el, _path, actions) => ({
  root: renderSlider(el, (value) => actions.change(el, value)),
});
registerElement("slider", render);
registerElement("select_slider", render);
