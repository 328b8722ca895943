// st.download_button: a link with `download`; the browser fetches the file
// while the click reruns the script as a trigger.

import { withBase } from "../connection";
import { h, labelContent } from "../dom";
import { wrapper } from "../frame";
import type { DownloadButtonEl } from "../protocol";
import { sizeButton } from "./container";
import { registerElement, type Actions } from "../registry";

function downloadButton(el: DownloadButtonEl, actions: Actions): HTMLElement {
  // The file is served under the app's base URL.
  const url = el.url ? withBase(el.url) : el.url;
  const control = h("a", {
    id: el.id,
    class: `ost-button kind-${el.kind || "secondary"}`,
    href: el.disabled ? null : url,
    download: el.file_name || true,
    type: el.mime || null,
    role: "button",
    title: el.help,
    "aria-disabled": el.disabled ? "true" : null,
    ...labelContent(el.label, el.icon, el.label_html),
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
  sizeButton(control, (el as { width?: unknown }).width);
  return wrapper(el, control);
}

registerElement("download_button", (el, _path, actions) => ({ root: downloadButton(el, actions) }));
