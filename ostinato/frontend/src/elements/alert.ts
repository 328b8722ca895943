// st.success, st.info, st.warning, st.error: a coloured box with an icon.

import { h } from "../dom";
import type { AlertEl } from "../protocol";
import { sized } from "./container";
import { registerElement } from "../registry";

const ALERT_ICONS: Record<AlertEl["kind"], string> = { success: "✓", info: "i", warning: "!", error: "×" };

function alert(el: AlertEl): HTMLElement {
  return h(
    "div",
    { class: `ost-alert ost-alert-${el.kind}`, role: el.kind === "error" || el.kind === "warning" ? "alert" : "status" },
    h("span", { class: `ost-alert-icon${el.icon ? " custom" : ""}`, "aria-hidden": "true", text: el.icon || ALERT_ICONS[el.kind] }),
    h("div", { class: "ost-alert-body", html: el.html }),
  );
}

registerElement("alert", (el) => ({ root: sized(alert(el), el) }));
