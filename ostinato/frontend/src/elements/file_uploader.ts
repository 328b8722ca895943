// The file uploader: a drop zone with a "Browse files" button. Files are checked
// against the size limit and accepted types, POSTed, then sent as the value.

import { h } from "../dom";
import { bytes } from "../format";
import { frame, type Send } from "../frame";
import type { FileUploaderEl } from "../protocol";
import { registerElement, type Actions } from "../registry";

/** POSTs files to a URL; the files as the server stored them, or an Error to show. */
type Uploader = Pick<Actions, "upload">;

const MB = 1024 * 1024;

/** True if the file matches one of `accept` (".csv", "text/csv", "image/*"). */
function accepted(file: File, accept: string[] | null): boolean {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((raw) => {
    const a = raw.toLowerCase();
    if (a.startsWith(".")) return name.endsWith(a);
    if (a.endsWith("/*")) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}

function renderUploader(el: FileUploaderEl, send: Send, uploader: Uploader): HTMLElement {
  let files = (el.value ?? []).slice();
  const limit = Number(el.max_upload_mb) || 200;
  const accept = el.accept && el.accept.length ? el.accept : null;
  const picker = h("input", {
    type: "file",
    id: el.id,
    class: "ost-visually-hidden",
    tabindex: -1,
    multiple: el.multiple,
    accept: accept ? accept.join(",") : null,
    disabled: el.disabled,
  });
  const browse = h("button", { type: "button", class: "ost-button kind-secondary", disabled: el.disabled, text: "Browse files" });
  const message = h("div", { class: "ost-upload-message", role: "status" });
  const describe = `Limit ${limit} MB per file${accept ? ` · ${accept.map((a) => a.replace(/^\./, "").toUpperCase()).join(", ")}` : ""}`;
  const zone = h(
    "div",
    { class: "ost-dropzone" },
    h(
      "div",
      { class: "ost-dropzone-text" },
      h("strong", { text: el.multiple ? "Drag and drop files here" : "Drag and drop a file here" }),
      h("small", { text: describe }),
    ),
    browse,
  );
  const list = h("ul", { class: "ost-files", "aria-label": "Uploaded files" });

  const say = (text: string, error = false): void => {
    message.textContent = text;
    message.classList.toggle("error", error);
    message.setAttribute("role", error ? "alert" : "status");
  };
  const drawList = (): void => {
    list.replaceChildren(
      ...files.map((file) => {
        const remove = h("button", { type: "button", class: "ost-remove", "aria-label": `Remove ${file.name}`, disabled: el.disabled, text: "×" });
        remove.addEventListener("click", () => {
          files = files.filter((f) => f.id !== file.id);
          drawList();
          send(files);
          browse.focus();
        });
        return h(
          "li",
          {},
          h("span", { class: "ost-file-icon", "aria-hidden": "true", text: "📄" }),
          h("span", { class: "ost-file-name", text: file.name }),
          h("span", { class: "ost-file-size", text: bytes(file.size) }),
          remove,
        );
      }),
    );
  };

  const take = async (chosen: File[]): Promise<void> => {
    if (el.disabled || chosen.length === 0) return;
    if (!el.multiple) chosen = chosen.slice(0, 1);
    const wrong = chosen.find((file) => !accepted(file, accept));
    if (wrong) {
      say(`${wrong.name} is not an accepted file type (${accept!.join(", ")}).`, true);
      return;
    }
    const big = chosen.find((file) => file.size > limit * MB);
    if (big) {
      say(
        `${big.name} is ${bytes(big.size)} (${big.size.toLocaleString("en")} bytes), over the ${limit} MB upload limit. ` +
          "The server option server.maxUploadSize raises it.",
        true,
      );
      return;
    }
    say(chosen.length > 1 ? `Uploading ${chosen.length} files…` : `Uploading ${chosen[0].name}…`);
    zone.classList.add("busy");
    try {
      const stored = await uploader.upload(el.upload_url, chosen);
      files = el.multiple ? [...files, ...stored] : stored.slice(-1);
      say("");
      drawList();
      send(files);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    } finally {
      zone.classList.remove("busy");
      picker.value = "";
    }
  };

  browse.addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => void take(Array.from(picker.files ?? [])));
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (!el.disabled) zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    void take(Array.from(event.dataTransfer?.files ?? []));
  });
  drawList();
  return frame(el, el.id, picker, zone, message, list);
}

registerElement("file_uploader", (el, _path, actions) => ({
  root: renderUploader(el, (value) => actions.change(el, value), actions),
}));
