// Widgets: each renders a labelled, keyboard-usable control and reports the
// user's changes (text on Enter or blur, sliders on release, buttons as triggers).

import { bytes, h, sliderText } from "./format";
import type { Element } from "./protocol";

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface Actions {
  /** The user changed a widget (held until submit inside a form). */
  change(id: string, value: unknown, formId: string | null): void;
  /** The user clicked a button (a form's submit button sends the form). */
  trigger(id: string, formId: string | null, submit: boolean): void;
  navigate(page: string): void;
  upload(url: string, files: File[]): Promise<UploadedFile[]>;
  maxUploadMb(): number;
  toast(message: string): void;
  /** Rows `start` to `end` of the table at `path` (it is scrolled there). */
  rows(path: number[], start: number, end: number): Promise<RowsAnswer>;
}

export interface RowsAnswer {
  digest: unknown;
  start: number;
  index: string[];
  rows: unknown[][];
}

const str = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

function frame(el: Element, control: HTMLElement | null, labelFor: boolean, ...rest: (HTMLElement | null)[]): HTMLElement {
  const id = str(el.id);
  const visibility = str(el.label_visibility);
  const label = labelFor
    ? h("label", { for: id, class: `ost-label ${visibility}`, text: str(el.label) })
    : h("span", { class: `ost-label ${visibility}`, id: `${id}-label`, text: str(el.label) });
  if (el.help) label.append(h("span", { class: "ost-help", title: str(el.help), "aria-label": str(el.help), text: "?" }));
  return h(
    "div",
    { class: `ost-widget ost-w-${el.type}`, "data-testid": `ost-${el.type}`, "data-key": str(el.key), "data-widget-id": id },
    label,
    control,
    ...rest,
  );
}

export function renderWidget(el: Element, actions: Actions): HTMLElement {
  const form = (el.form_id as string | undefined) ?? null;
  const send = (value: unknown): void => actions.change(str(el.id), value, form);
  switch (el.type) {
    case "button":
    case "form_submit_button":
    case "download_button":
      return button(el, actions, form);
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
      return slider(el, send);
    case "text_input":
    case "text_area":
      return text(el, send);
    case "number_input":
      return number(el, send);
    case "date_input":
      return date(el, send);
    case "time_input":
      return time(el, send);
    case "color_picker":
      return color(el, send);
    case "file_uploader":
      return uploader(el, actions, send);
    default:
      return h("div", { text: `Unknown widget ${el.type}` });
  }
}

export const WIDGETS = new Set([
  "button", "form_submit_button", "download_button", "checkbox", "toggle", "radio", "selectbox",
  "multiselect", "slider", "select_slider", "text_input", "text_area", "number_input", "date_input",
  "time_input", "color_picker", "file_uploader",
]);

function button(el: Element, actions: Actions, form: string | null): HTMLElement {
  const id = str(el.id);
  const text = `${el.icon ? `${str(el.icon)} ` : ""}${str(el.label)}`;
  const kind = `ost-button kind-${str(el.kind) || "secondary"}`;
  let control: HTMLElement;
  if (el.type === "download_button") {
    control = h("a", { id, class: kind, href: str(el.url), download: str(el.file_name), role: "button", text });
  } else {
    control = h("button", { id, class: kind, type: "button", disabled: Boolean(el.disabled), text });
  }
  if (el.help) control.title = str(el.help);
  control.addEventListener("click", () => {
    if (!el.disabled) actions.trigger(id, form, el.type === "form_submit_button");
  });
  return h(
    "div",
    { class: `ost-widget ost-w-${el.type}`, "data-testid": `ost-${el.type}`, "data-key": str(el.key), "data-widget-id": id },
    control,
  );
}

function checkbox(el: Element, send: (v: unknown) => void): HTMLElement {
  const input = h("input", { type: "checkbox", id: str(el.id), disabled: Boolean(el.disabled) });
  input.checked = Boolean(el.value);
  if (el.type === "toggle") input.setAttribute("role", "switch");
  input.addEventListener("change", () => send(input.checked));
  const node = frame(el, null, true);
  node.prepend(input);
  node.classList.add("ost-inline");
  return node;
}

function radio(el: Element, send: (v: unknown) => void): HTMLElement {
  const options = (el.options as string[]) ?? [];
  const group = h("div", { class: `ost-radio-group${el.horizontal ? " horizontal" : ""}`, role: "radiogroup", "aria-labelledby": `${str(el.id)}-label` });
  options.forEach((option, i) => {
    const optionId = `${str(el.id)}-${i}`;
    const input = h("input", { type: "radio", name: str(el.id), id: i === 0 ? str(el.id) : optionId, value: i, disabled: Boolean(el.disabled) });
    input.checked = el.value === i;
    input.addEventListener("change", () => input.checked && send(i));
    group.append(h("label", { class: "ost-option" }, input, ` ${option}`));
  });
  return frame(el, group, false);
}

function selectbox(el: Element, send: (v: unknown) => void): HTMLElement {
  const options = (el.options as string[]) ?? [];
  const select = h("select", { id: str(el.id), disabled: Boolean(el.disabled) });
  if (el.value === null || el.value === undefined) {
    select.append(h("option", { value: "", text: str(el.placeholder) || "Choose an option", disabled: true }));
  }
  options.forEach((option, i) => select.append(h("option", { value: i, text: option })));
  select.value = el.value === null || el.value === undefined ? "" : String(el.value);
  select.addEventListener("change", () => send(Number(select.value)));
  return frame(el, select, true);
}

function multiselect(el: Element, send: (v: unknown) => void): HTMLElement {
  const options = (el.options as string[]) ?? [];
  const chosen = new Set((el.value as number[]) ?? []);
  const select = h("select", { id: str(el.id), multiple: true, disabled: Boolean(el.disabled), size: Math.min(Math.max(options.length, 2), 6) });
  options.forEach((option, i) => {
    const node = h("option", { value: i, text: option });
    node.selected = chosen.has(i);
    select.append(node);
  });
  select.addEventListener("change", () => {
    const picked = Array.from(select.selectedOptions).map((o) => Number(o.value));
    const max = el.max_selections as number | null;
    if (max && picked.length > max) {
      select.querySelectorAll("option").forEach((o, i) => (o.selected = chosen.has(i)));
      return;
    }
    send(picked);
  });
  return frame(el, select, true);
}

function slider(el: Element, send: (v: unknown) => void): HTMLElement {
  const options = el.type === "select_slider" ? ((el.options as string[]) ?? []) : null;
  const min = options ? 0 : Number(el.min);
  const max = options ? options.length - 1 : Number(el.max);
  const step = options ? 1 : Number(el.step);
  const dataType = str(el.data_type) || "int";
  const show = (v: number): string => (options ? options[v] ?? "" : sliderText(v, dataType, step));
  const values = Array.isArray(el.value) ? (el.value as number[]) : [Number(el.value)];
  const readout = h("output", { class: "ost-slider-value", for: str(el.id) });
  const inputs = values.map((value, i) => {
    const input = h("input", {
      type: "range",
      id: i === 0 ? str(el.id) : `${str(el.id)}-high`,
      min,
      max,
      step,
      disabled: Boolean(el.disabled),
      "aria-label": values.length > 1 ? `${str(el.label)} (${i === 0 ? "low" : "high"})` : null,
    });
    input.value = String(value);
    return input;
  });
  const current = (): number[] => inputs.map((input) => Number(input.value));
  const update = (): void => {
    readout.textContent = current().map(show).join(" – ");
    inputs.forEach((input) => input.setAttribute("aria-valuetext", show(Number(input.value))));
  };
  let sent = JSON.stringify(values);
  const commit = (): void => {
    const now = current().sort((a, b) => a - b);
    const wire = inputs.length > 1 ? now : now[0];
    if (JSON.stringify(Array.isArray(wire) ? wire : [wire]) === sent) return;
    sent = JSON.stringify(Array.isArray(wire) ? wire : [wire]);
    send(wire);
  };
  inputs.forEach((input) => {
    input.addEventListener("input", update);
    input.addEventListener("change", commit);
    input.addEventListener("pointerup", commit);
    input.addEventListener("keyup", commit);
  });
  update();
  const bounds = h("div", { class: "ost-slider-bounds" }, h("span", { text: show(min) }), h("span", { text: show(max) }));
  return frame(el, h("div", { class: "ost-slider-track" }, ...inputs, readout), true, bounds);
}

function text(el: Element, send: (v: unknown) => void): HTMLElement {
  const area = el.type === "text_area";
  const control = area
    ? h("textarea", { id: str(el.id), placeholder: str(el.placeholder) || null, disabled: Boolean(el.disabled), maxlength: (el.max_chars as number) ?? null, rows: 4 })
    : h("input", {
        id: str(el.id),
        type: el.password ? "password" : "text",
        placeholder: str(el.placeholder) || null,
        disabled: Boolean(el.disabled),
        maxlength: (el.max_chars as number) ?? null,
        autocomplete: str(el.autocomplete) || null,
      });
  if (area && el.height) control.style.height = `${Number(el.height)}px`;
  control.value = str(el.value);
  let last = control.value;
  const commit = (): void => {
    if (control.value === last) return;
    last = control.value;
    send(control.value);
  };
  control.addEventListener("keydown", (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.key === "Enter" && (!area || key.ctrlKey || key.metaKey)) {
      key.preventDefault();
      commit();
    }
  });
  control.addEventListener("blur", commit);
  const hint = area ? h("div", { class: "ost-hint", text: "Ctrl+Enter to apply" }) : h("div", { class: "ost-hint", text: "Press Enter to apply" });
  return frame(el, control, true, hint);
}

function number(el: Element, send: (v: unknown) => void): HTMLElement {
  const isInt = el.data_type === "int";
  const step = Number(el.step) || 1;
  const input = h("input", {
    id: str(el.id),
    type: "number",
    step: isInt ? step : "any",
    min: (el.min as number) ?? null,
    max: (el.max as number) ?? null,
    placeholder: str(el.placeholder) || null,
    disabled: Boolean(el.disabled),
    inputmode: isInt ? "numeric" : "decimal",
  });
  input.value = el.value === null || el.value === undefined ? "" : String(el.value);
  let last = input.value;
  const clamp = (v: number): number => {
    const lo = el.min as number | null;
    const hi = el.max as number | null;
    return Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
  };
  const commit = (): void => {
    if (input.value === last) return;
    if (input.value === "") {
      last = "";
      send(null);
      return;
    }
    const parsed = Number(input.value);
    if (!Number.isFinite(parsed)) return;
    const value = clamp(isInt ? Math.round(parsed) : parsed);
    input.value = String(value);
    last = input.value;
    send(value);
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    }
  });
  input.addEventListener("blur", commit);
  const move = (sign: number): void => {
    const base = input.value === "" ? 0 : Number(input.value);
    const next = clamp(Math.round((base + sign * step) * 1e9) / 1e9);
    input.value = String(next);
    commit();
  };
  const minus = h("button", { type: "button", class: "ost-step", "aria-label": `Decrease ${str(el.label)}`, disabled: Boolean(el.disabled), text: "−" });
  const plus = h("button", { type: "button", class: "ost-step", "aria-label": `Increase ${str(el.label)}`, disabled: Boolean(el.disabled), text: "+" });
  minus.addEventListener("click", () => move(-1));
  plus.addEventListener("click", () => move(1));
  return frame(el, h("div", { class: "ost-number" }, input, minus, plus), true);
}

function date(el: Element, send: (v: unknown) => void): HTMLElement {
  const range = Boolean(el.range);
  const values = range ? ((el.value as string[]) ?? []) : [str(el.value)];
  const inputs = (range ? [0, 1] : [0]).map((i) => {
    const input = h("input", {
      type: "date",
      id: i === 0 ? str(el.id) : `${str(el.id)}-end`,
      min: str(el.min),
      max: str(el.max),
      disabled: Boolean(el.disabled),
      "aria-label": range ? `${str(el.label)} (${i === 0 ? "start" : "end"})` : null,
    });
    input.value = values[i] ?? "";
    return input;
  });
  const commit = (): void => {
    const picked = inputs.map((input) => input.value).filter(Boolean);
    send(range ? picked : picked[0] ?? null);
  };
  inputs.forEach((input) => input.addEventListener("change", commit));
  return frame(el, h("div", { class: "ost-dates" }, ...inputs), true);
}

function time(el: Element, send: (v: unknown) => void): HTMLElement {
  const input = h("input", { type: "time", id: str(el.id), step: Number(el.step) || 900, disabled: Boolean(el.disabled) });
  input.value = str(el.value);
  input.addEventListener("change", () => send(input.value || null));
  return frame(el, input, true);
}

function color(el: Element, send: (v: unknown) => void): HTMLElement {
  const input = h("input", { type: "color", id: str(el.id), disabled: Boolean(el.disabled) });
  input.value = str(el.value) || "#000000";
  input.addEventListener("change", () => send(input.value));
  return frame(el, input, true, h("code", { class: "ost-color-value", text: input.value }));
}

function uploader(el: Element, actions: Actions, send: (v: unknown) => void): HTMLElement {
  const files = ((el.value as UploadedFile[]) ?? []).slice();
  const multiple = Boolean(el.multiple);
  const accept = (el.accept as string[] | null) ?? null;
  const limit = Number(el.max_upload_mb) || actions.maxUploadMb();
  const picker = h("input", { type: "file", id: str(el.id), class: "ost-visually-hidden", multiple, accept: accept ? accept.join(",") : null, disabled: Boolean(el.disabled) });
  const browse = h("button", { type: "button", class: "ost-button kind-secondary", text: "Browse files", disabled: Boolean(el.disabled) });
  const message = h("div", { class: "ost-upload-message", role: "status" });
  const zone = h(
    "div",
    { class: "ost-dropzone" },
    h("span", { text: `Drag and drop ${multiple ? "files" : "a file"} here · limit ${limit} MB${accept ? ` · ${accept.join(", ")}` : ""}` }),
    browse,
  );
  const list = h("ul", { class: "ost-files" });
  const drawList = (): void => {
    list.replaceChildren(
      ...files.map((file) => {
        const remove = h("button", { type: "button", class: "ost-remove", "aria-label": `Remove ${file.name}`, text: "×" });
        remove.addEventListener("click", () => send(files.filter((f) => f.id !== file.id)));
        return h("li", {}, h("span", { class: "ost-file-name", text: file.name }), h("span", { class: "ost-file-size", text: bytes(file.size) }), remove);
      }),
    );
  };
  const take = async (chosen: File[]): Promise<void> => {
    if (!chosen.length) return;
    const tooBig = chosen.find((file) => file.size > limit * 1024 * 1024);
    if (tooBig) {
      message.textContent = `${tooBig.name} is ${bytes(tooBig.size)}, over the ${limit} MB limit. The server option server.maxUploadSize raises it.`;
      message.classList.add("error");
      return;
    }
    message.classList.remove("error");
    message.textContent = "Uploading…";
    try {
      const uploaded = await actions.upload(str(el.upload_url), multiple ? chosen : chosen.slice(0, 1));
      message.textContent = "";
      send(multiple ? [...files, ...uploaded] : uploaded.slice(-1));
    } catch (error) {
      message.textContent = String(error instanceof Error ? error.message : error);
      message.classList.add("error");
    }
  };
  browse.addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => void take(Array.from(picker.files ?? [])));
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    void take(Array.from(event.dataTransfer?.files ?? []));
  });
  drawList();
  return frame(el, h("div", {}, picker, zone), true, message, list);
}
