// st.logo: the app's logo at the top of the sidebar, and in the page's top-left
// corner while the sidebar is closed or absent (icon_image there, if given). A
// logo belongs to the run that sent it: a finished run that sent none removes it.

import { withBase } from "./connection";
import { h } from "./dom";
import type { LogoMsg } from "./protocol";

let shownRun = -1;
let nodes: HTMLElement[] = [];
let shownJson = "";

function picture(kind: LogoMsg["image_kind"], value: string): HTMLElement {
  if (kind === "image") return h("img", { src: withBase(value), alt: "Logo", class: "ost-logo-img" });
  const text = kind === "icon" ? value.replace(/^:material\/|:$/g, "").replace(/_/g, " ") : value;
  return h("span", { class: `ost-logo-glyph ${kind}`, role: "img", "aria-label": "Logo", text });
}

function logoBox(id: string, msg: LogoMsg, kind: LogoMsg["image_kind"], value: string): HTMLElement {
  const content = picture(kind, value);
  const inner = msg.link ? h("a", { href: msg.link, target: "_blank", rel: "noopener noreferrer", class: "ost-logo-link" }, content) : content;
  return h("div", { id, class: `ost-logo size-${msg.size}`, "data-testid": id }, inner);
}

/** Show the logo a run sent (kept as it is when the next run sends the same). */
export function showLogo(msg: LogoMsg): void {
  shownRun = msg.run;
  const json = JSON.stringify({ ...msg, run: 0 });
  if (json === shownJson && nodes.length) return;
  removeLogo();
  shownJson = json;
  const sidebar = document.getElementById("ostinato-sidebar");
  const inSidebar = logoBox("ostinato-logo", msg, msg.image_kind, msg.image);
  const corner = logoBox("ostinato-logo-corner", msg, msg.icon_kind ?? msg.image_kind, msg.icon_image ?? msg.image);
  sidebar?.prepend(inSidebar);
  document.body.append(corner);
  nodes = [inSidebar, corner];
}

function removeLogo(): void {
  for (const node of nodes) node.remove();
  nodes = [];
  shownJson = "";
}

/** Run `run` has finished (not cut short by a rerun): a logo of an earlier run goes. */
export function logoRunFinished(run: number): void {
  if (nodes.length && shownRun < run) removeLogo();
}
