// Widgets: each draws a labelled, keyboard-usable control in a common frame and
// reports the user's changes (buttons as triggers, choices at once).

import { h, withIcon } from "./dom";
import type {
  ButtonEl, CheckboxEl, ColorPickerEl, DateInputEl, DownloadButtonEl, MultiselectEl,
  RadioEl, SelectboxEl, TimeInputEl, UploadedFile, WidgetEl, WireValue,
} from "./protocol";
import { renderSlider } from "./slider";
import { renderNumber, renderText } from "./textual";
import { renderUploader } from "./upload";
import { frame, wrapper, type Send } from "./frame";

export interface WidgetActions {
  /** The user changed the widget's value. */
  change(el: WidgetEl, value: WireValue): void;
  /** The user clicked a button. */
  trigger(el: WidgetEl): void;
  upload(url: string, files: File[]): Promise<UploadedFile[]>;
}

export function renderWidget(el: WidgetEl, actions: WidgetActions): HTMLElement {
  const send: Send = (value) => actions.change(el, value);
  switch (el.type) {
    case "button":
    case "form_submit_button":
      return button(el, actions);
    case "download_button":
      return downloadButton(el, actions);
    case "checkbox":
    case "toggle":
      return checkbox(el, send);
    case "radio":
      return radio(el, send);
    case "selectbox":
      return selectbox(el, send);
    case "multiselect":
      return multiselect(el, send);
    case "slider":
    case "select_slider":
      return renderSlider(el, send);
    case "text_input":
    case "text_area":
      return renderText(el, send);
    case "number_input":
      return renderNumber(el, send);
    case "date_input":
      return dateInput(el, send);
    case "time_input":
      return timeInput(el, send);
    case "color_picker":
      return colorPicker(el, send);
    case "file_uploader":
      return renderUploader(el, send, actions);
    default:
      return h("div", { class: "ost-unknown", text: `Unknown widget: ${(el as { type: string }).type}` });
  }
}

function button(el: ButtonEl, actions: WidgetActions): HTMLElement {
  const control = h("button", {
    id: el.id,
    type: "button",
    class: `ost-button kind-${el.kind || "secondary"}`,
    disabled: el.disabled,
    title: el.help,
    text: withIcon(el.label, el.icon),
  });
  control.addEventListener("click", () => actions.trigger(el));
  return wrapper(el, control);
}

function downloadButton(el: DownloadButtonEl, actions: WidgetActions): HTMLElement {
  // A link with `download`: the browser fetches the file while the trigger reruns.
  const control = h("a", {
    id: el.id,
    class: `ost-button kind-${el.kind || "secondary"}`,
    href: el.disabled ? null : el.url,
    download: el.file_name || true,
    type: el.mime || null,
    role: "button",
    title: el.help,
    "aria-disabled": el.disabled ? "true" : null,
    text: withIcon(el.label, el.icon),
  });
  control.addEventListener("click", (event) => {
    if (el.disabled) event.preventDefault();
    else actions.trigger(el);
  });
  control.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      control.click();
    }
  });
  return wrapper(el, control);
}

function checkbox(el: CheckboxEl, send: Send): HTMLElement {
  const input = h("input", { type: "checkbox", id: el.id, disabled: el.disabled, role: el.type === "toggle" ? "switch" : null });
  input.checked = Boolean(el.value);
  input.addEventListener("change", () => send(input.checked));
  const node = frame(el, el.id);
  node.prepend(input);
  node.classList.add("ost-inline");
  return node;
}

function radio(el: RadioEl, send: Send): HTMLElement {
  const group = h("div", {
    class: `ost-radio-group${el.horizontal ? " horizontal" : ""}`,
    role: "radiogroup",
    "aria-labelledby": `${el.id}-label`,
  });
  el.options.forEach((option, i) => {
    const input = h("input", { type: "radio", name: el.id, id: i === 0 ? el.id : `${el.id}-${i}`, value: i, disabled: el.disabled });
    input.checked = el.value === i;
    input.addEventListener("change", () => input.checked && send(i));
    group.append(h("label", { class: "ost-option" }, input, h("span", { text: option })));
  });
  return frame(el, null, group);
}

function selectbox(el: SelectboxEl, send: Send): HTMLElement {
  const select = h("select", { id: el.id, disabled: el.disabled });
  if (el.value === null || el.value === undefined) {
    select.append(h("option", { value: "", disabled: true, selected: true, text: el.placeholder || "Choose an option" }));
  }
  el.options.forEach((option, i) => select.append(h("option", { value: i, selected: el.value === i, text: option })));
  select.addEventListener("change", () => send(Number(select.value)));
  return frame(el, el.id, select);
}

/** Chosen options as removable chips, and a select to add one more. */
function multiselect(el: MultiselectEl, send: Send): HTMLElement {
  let chosen = (el.value ?? []).filter((i) => i >= 0 && i < el.options.length);
  const chips = h("ul", { class: "ost-chips", "aria-label": "Chosen options" });
  const select = h("select", { id: el.id });
  const max = el.max_selections ?? Infinity;
  const update = (next: number[]): void => {
    chosen = next;
    draw();
    send(next);
  };
  const draw = (): void => {
    chips.replaceChildren(
      ...chosen.map((i) => {
        const remove = h("button", { type: "button", class: "ost-chip-remove", "aria-label": `Remove ${el.options[i]}`, disabled: el.disabled, text: "×" });
        remove.addEventListener("click", () => {
          update(chosen.filter((j) => j !== i));
          select.focus();
        });
        return h("li", { class: "ost-chip" }, h("span", { text: el.options[i] }), remove);
      }),
    );
    const full = chosen.length >= max;
    const prompt = full ? `At most ${max} can be chosen` : chosen.length ? "Add an option" : el.placeholder || "Choose options";
    select.replaceChildren(
      h("option", { value: "", selected: true, text: prompt }),
      ...el.options.map((option, i) => (chosen.includes(i) ? null : h("option", { value: i, disabled: full, text: option }))).filter((o) => o !== null),
    );
    select.disabled = el.disabled || chosen.length === el.options.length;
  };
  select.addEventListener("change", () => {
    if (select.value === "" || chosen.length >= max) return;
    update([...chosen, Number(select.value)]);
  });
  draw();
  return frame(el, el.id, h("div", { class: "ost-multi" }, chips, select));
}

function dateInput(el: DateInputEl, send: Send): HTMLElement {
  const values = Array.isArray(el.value) ? el.value : [el.value ?? ""];
  const inputs = (el.range ? [0, 1] : [0]).map((i) => {
    const input = h("input", {
      type: "date",
      id: i === 0 ? el.id : `${el.id}-end`,
      min: el.min,
      max: el.max,
      disabled: el.disabled,
      "aria-label": el.range ? `${el.label} (${i === 0 ? "start" : "end"})` : null,
    });
    input.value = values[i] ?? "";
    input.addEventListener("change", () => {
      const picked = inputs.map((d) => d.value).filter(Boolean);
      send(el.range ? picked : picked[0] ?? null);
    });
    return input;
  });
  const content = el.range ? h("div", { class: "ost-dates" }, inputs[0], h("span", { "aria-hidden": "true", text: "–" }), inputs[1]) : inputs[0];
  return frame(el, el.id, content);
}

function timeInput(el: TimeInputEl, send: Send): HTMLElement {
  const input = h("input", { type: "time", id: el.id, step: Number(el.step) || 60, disabled: el.disabled });
  input.value = el.value ?? "";
  input.addEventListener("change", () => send(input.value || null));
  return frame(el, el.id, input);
}

function colorPicker(el: ColorPickerEl, send: Send): HTMLElement {
  const input = h("input", { type: "color", id: el.id, disabled: el.disabled });
  input.value = el.value || "#000000";
  const shown = h("code", { class: "ost-color-value", text: input.value });
  input.addEventListener("input", () => (shown.textContent = input.value));
  input.addEventListener("change", () => send(input.value));
  return frame(el, el.id, h("div", { class: "ost-color" }, input, shown));
}
