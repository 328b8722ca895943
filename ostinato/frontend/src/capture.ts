// What st.camera_input and st.audio_input share: the devices they open (kept across
// redraws of the same widget, stopped once no drawn widget uses them), the preview
// of what was captured, the message when the browser refuses a device, and the
// upload of the captured file through the uploader's URL.

import { h } from "./dom";
import type { CaptureEl, UploadedFile } from "./protocol";
import type { Actions } from "./registry";
import { commit } from "./commit";

interface Open {
  stream: MediaStream;
  /** Elements drawing the stream (a video) or recording from it. */
  users: Set<HTMLElement>;
}

const streams = new Map<string, Open>();
const previews = new Map<string, { fileId: string; url: string }>();

/** The device stream of widget `id` (opened once; a redraw reuses it). */
export async function deviceStream(id: string, constraints: MediaStreamConstraints): Promise<MediaStream> {
  const open = streams.get(id);
  if (open && open.stream.getTracks().some((t) => t.readyState === "live")) return open.stream;
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException("This browser cannot capture from devices here (a page served over plain HTTP from another host?).", "NotSupportedError");
  const stream = await navigator.mediaDevices.getUserMedia(constraints);
  streams.set(id, { stream, users: new Set() });
  return stream;
}

/** Mark `user` as drawing or recording from widget `id`'s stream. */
export function useStream(id: string, user: HTMLElement): void {
  streams.get(id)?.users.add(user);
}

/** Stop the streams no element on the page uses any more (after every run). */
export function stopUnused(): void {
  for (const [id, open] of streams) {
    for (const user of open.users) if (!user.isConnected) open.users.delete(user);
    if (open.users.size === 0) {
      for (const track of open.stream.getTracks()) track.stop();
      streams.delete(id);
    }
  }
}

/** Stop widget `id`'s stream now. */
export function stopStream(id: string): void {
  const open = streams.get(id);
  if (!open) return;
  for (const track of open.stream.getTracks()) track.stop();
  streams.delete(id);
}

/** The text shown when the browser refuses a device (`what`: "camera", "microphone"). */
export function refusal(error: unknown, what: string): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return `Access to the ${what} was refused. Allow it in the browser's site settings, then try again.`;
  if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${what} was found. Connect one, then try again.`;
  if (name === "NotReadableError") return `The ${what} is in use by another program. Close it, then try again.`;
  return `The ${what} could not be opened: ${error instanceof Error ? error.message : String(error)}`;
}

/** A preview URL for the captured file of widget `id`, if this page made it. */
export function previewOf(el: CaptureEl): string | null {
  const file = el.value?.[0];
  const known = previews.get(el.id);
  return file && known && known.fileId === file.id ? known.url : null;
}

/** Upload `file` for `el` and send it as the widget's value; the preview is kept. */
export async function sendCapture(el: CaptureEl, file: File, actions: Actions): Promise<void> {
  const stored: UploadedFile[] = await actions.upload(el.upload_url, [file]);
  const last = stored.slice(-1);
  const old = previews.get(el.id);
  if (old) URL.revokeObjectURL(old.url);
  if (last[0]) previews.set(el.id, { fileId: last[0].id, url: URL.createObjectURL(file) });
  commit(el, actions, last);
}

/** Clear `el`'s captured file. */
export function clearCapture(el: CaptureEl, actions: Actions): void {
  const old = previews.get(el.id);
  if (old) URL.revokeObjectURL(old.url);
  previews.delete(el.id);
  commit(el, actions, []);
}

/** The status line under a capture widget (an alert when `error`). */
export function statusLine(): { node: HTMLElement; say(text: string, error?: boolean): void } {
  const node = h("div", { class: "ost-capture-message", role: "status" });
  return {
    node,
    say(text, error = false) {
      node.textContent = text;
      node.classList.toggle("error", error);
      node.setAttribute("role", error ? "alert" : "status");
    },
  };
}

/** The size of a file in KB or MB, for its description. */
export function sizeText(size: number): string {
  return size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`;
}
