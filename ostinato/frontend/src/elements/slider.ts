// Sliders on native range inputs: a range is one track with two overlaid thumbs
// that may meet but not cross. Each thumb carries its value above it (a range's
// two labels merge into "low – high" where they would overlap); the value is
// shown as it moves and sent once on release: pointer up, change, or a key let go.
// Pressing the track of a range moves the nearer thumb there (and drags it).

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
  // One label per thumb, above it; kept inside the track's width at the ends.
  const labels = inputs.map((input) => h("output", { class: "ost-slider-value", for: input.id, "aria-live": "off" }));
  const valuesRow = h("div", { class: "ost-thumb-values", "aria-hidden": "true" }, ...labels);

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
    const now = values();
    now.forEach((v, i) => {
      labels[i].textContent = show(v);
      labels[i].style.setProperty("--at", String(fraction(v)));
      labels[i].hidden = false;
    });
    if (range) {
      // Labels that would overlap become one, "low – high", between the thumbs.
      const gap = (valuesRow.clientWidth - 18) * (fraction(now[1]) - fraction(now[0]));
      if (gap < (labels[0].offsetWidth + labels[1].offsetWidth) / 2 + 6 && valuesRow.clientWidth > 0) {
        labels[0].textContent = now[0] === now[1] ? show(now[0]) : `${show(now[0])} – ${show(now[1])}`;
        labels[0].style.setProperty("--at", String((fraction(now[0]) + fraction(now[1])) / 2));
        labels[1].hidden = true;
      }
    }
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
  if (range && !el.disabled) {
    // The track between and beside the thumbs: the nearer thumb jumps there.
    let dragging: HTMLInputElement | null = null;
    const valueAt = (clientX: number): number => {
      const box = track.getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (clientX - box.left - 9) / Math.max(box.width - 18, 1)));
      const raw = min + f * (max - min);
      return Math.min(max, Math.max(min, min + Math.round((raw - min) / step) * step));
    };
    const moveTo = (input: HTMLInputElement, clientX: number): void => {
      input.value = String(valueAt(clientX));
      update(input);
    };
    track.addEventListener("pointerdown", (event) => {
      if (event.target !== track || event.button !== 0) return;
      const v = valueAt(event.clientX);
      const [lo, hi] = values();
      dragging = Math.abs(v - lo) < Math.abs(v - hi) || (v < lo && lo === hi) ? inputs[0] : inputs[1];
      event.preventDefault();
      track.setPointerCapture(event.pointerId);
      dragging.focus();
      moveTo(dragging, event.clientX);
    });
    track.addEventListener("pointermove", (event) => {
      if (dragging) moveTo(dragging, event.clientX);
    });
    const release = (): void => {
      if (!dragging) return;
      dragging = null;
      commit();
    };
    track.addEventListener("pointerup", release);
    track.addEventListener("pointercancel", release);
  }
  update();
  // Labels are measured once laid out (merging needs their widths).
  requestAnimationFrame(() => update());

  const bounds = h("div", { class: "ost-slider-bounds", "aria-hidden": "true" }, h("span", { text: show(min) }), h("span", { text: show(max) }));
  return frame(el, el.id, h("div", { class: "ost-slider" }, valuesRow, track), bounds);
}

const render: ElementRenderer<SliderEl | SelectSliderEl> = (el, _path, actions) => ({
  root: renderSlider(el, (value) => actions.change(el, value)),
});
registerElement("slider", render);
registerElement("select_slider", render);
