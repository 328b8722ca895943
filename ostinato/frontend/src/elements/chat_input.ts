// st.chat_input: a message field with a send button. Enter sends (Shift+Enter
// makes a new line), the field empties once sent, the button is disabled while
// there is nothing to send. With max_chars the field takes no more and a counter
// shows how many are left to use. With accept_file a paper clip attaches files
// (uploaded first, then sent with the text). A pinned input (top level of the
// main area) makes the page follow the reply.

import { followNewest } from "../bottom";
import { h } from "../dom";
import { wrapper } from "../frame";
import type { UploadedFile, WidgetBase, WidgetEl } from "../protocol";
import { registerElement, type Actions, type ElementRenderer } from "../registry";
import type { Rendered } from "../tree";

/** The chat_input element (declared here, where it is drawn). */
interface ChatInputEl extends WidgetBase {
  type: "chat_input";
  placeholder: string;
  max_chars: number | null;
  accept_file: boolean | "multiple" | "directory";
  file_type: string[];
  max_upload_mb: number;
  submit_mode: "submit" | "disable" | "stop";
  width: "stretch" | number;
  height: "content" | "stretch" | number;
  /** At the top level of the main area: drawn in the area pinned to the bottom. */
  pinned: boolean;
  /** Text the app put in the field through Session State. */
  prefill: string | null;
  upload_url: string;
  value: null;
}

const SEND =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d="M3 20.5 21.5 12 3 3.5 3 10l12 2-12 2z" fill="currentColor"/></svg>';
const STOP = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor"/></svg>';
const CLIP =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d="M16.5 6.5 8.6 14.4a2 2 0 1 0 2.8 2.8l7.8-7.8a4 4 0 1 0-5.6-5.6L5.7 11.7a6 6 0 0 0 8.5 8.5l6.3-6.3" ' +
  'fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>';

/** Inputs waiting for their run to end before they take messages again (submit_mode="disable"). */
const waiting = new Set<() => void>();

const MAX_LINES_PX = 240;

function render(el: ChatInputEl, actions: Actions): Rendered {
  const field = h("textarea", {
    id: el.id,
    class: "ost-chat-field",
    rows: 1,
    placeholder: el.placeholder,
    "aria-label": el.placeholder || "Chat message",
    maxlength: el.max_chars ?? null,
    disabled: el.disabled,
  });
  if (el.prefill) field.value = el.prefill;
  const send = h("button", { type: "button", class: "ost-chat-send", "aria-label": "Send message", title: "Send", html: SEND });
  const counter = el.max_chars ? h("span", { class: "ost-chat-counter", "aria-live": "polite" }) : null;
  let files: File[] = [];
  const chips = h("div", { class: "ost-chat-files" });
  const picker = el.accept_file
    ? h("input", {
        type: "file",
        class: "ost-visually-hidden",
        tabindex: -1,
        accept: el.file_type.length ? el.file_type.join(",") : null,
        multiple: el.accept_file === "multiple" || el.accept_file === "directory",
      })
    : null;
  if (picker && el.accept_file === "directory") picker.setAttribute("webkitdirectory", "");
  const attach = picker
    ? h("button", { type: "button", class: "ost-chat-attach", "aria-label": "Attach files", title: "Attach files", html: CLIP, disabled: el.disabled })
    : null;
  const drawChips = (): void => {
    chips.replaceChildren(
      ...files.map((file, i) => {
        const remove = h("button", { type: "button", "aria-label": `Remove ${file.name}`, text: "×" });
        remove.addEventListener("click", () => {
          files.splice(i, 1);
          drawChips();
        });
        return h("span", { class: "ost-chat-file" }, h("span", { text: file.name }), remove);
      }),
    );
    chips.hidden = files.length === 0;
    update();
  };
  attach?.addEventListener("click", () => picker?.click());
  picker?.addEventListener("change", () => {
    const chosen = Array.from(picker.files ?? []);
    files = el.accept_file === true ? chosen.slice(-1) : [...files, ...chosen];
    picker.value = "";
    drawChips();
  });
  const grow = (): void => {
    field.style.height = "auto";
    field.style.height = `${Math.min(field.scrollHeight, MAX_LINES_PX)}px`;
  };
  const update = (): void => {
    const empty = field.value.trim() === "" && files.length === 0;
    send.disabled = el.disabled || field.disabled || empty;
    if (counter && el.max_chars) {
      counter.textContent = `${field.value.length}/${el.max_chars}`;
      counter.classList.toggle("ost-chat-full", field.value.length >= el.max_chars);
      counter.hidden = field.value.length === 0;
    }
  };
  const submit = async (): Promise<void> => {
    if (send.disabled) return;
    const text = el.max_chars ? field.value.slice(0, el.max_chars) : field.value;
    const attached = files;
    field.value = "";
    files = [];
    drawChips();
    grow();
    if (el.pinned) followNewest();
    if (el.submit_mode !== "submit") {
      field.disabled = true;
      update();
      // "stop": the send button stops the run (as the page's Stop does) until it ends.
      const stop = el.submit_mode === "stop" ? h("button", { type: "button", class: "ost-chat-send ost-chat-stop", "aria-label": "Stop", title: "Stop", html: STOP }) : null;
      if (stop) {
        stop.addEventListener("click", () => document.querySelector<HTMLButtonElement>("#ostinato-running .ost-stop")?.click());
        send.replaceWith(stop);
      }
      waiting.add(() => {
        stop?.replaceWith(send);
        field.disabled = el.disabled;
        update();
      });
    }
    if (!el.accept_file) {
      actions.change(el as unknown as WidgetEl, text);
      return;
    }
    let uploaded: UploadedFile[] = [];
    try {
      if (attached.length) uploaded = await actions.upload(el.upload_url, attached);
    } catch (error) {
      root.dataset.error = String((error as Error).message ?? error);
    }
    actions.change(el as unknown as WidgetEl, { text, files: uploaded });
  };
  field.addEventListener("input", () => {
    grow();
    update();
  });
  field.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void submit();
  });
  send.addEventListener("click", () => void submit());
  const box = h("div", { class: "ost-chat-box" }, attach, field, counter, send);
  const root = wrapper(el as unknown as WidgetEl, chips, box, picker);
  root.classList.add("ost-chat-input");
  if (typeof el.width === "number") root.style.width = `min(100%, ${el.width}px)`;
  if (typeof el.height === "number") field.style.minHeight = `${el.height}px`;
  drawChips();
  requestAnimationFrame(grow);
  return { root };
}

const draw: ElementRenderer = (el, _path, actions) => render(el as unknown as ChatInputEl, actions);
registerElement("chat_input", draw as never, {
  afterRun() {
    for (const release of waiting) release();
    waiting.clear();
  },
});
