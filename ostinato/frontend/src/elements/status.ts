// st.status: an expander whose summary shows the state (a spinner while running,
// a check when complete, an error mark) and the label. What the user opened or
// closed stays so across updates, unless the script sets `expanded` or a new label.

import { h } from "../dom";
import { registerElement } from "../registry";
import { widthStyle } from "./spinner";

interface StatusEl {
  type: "block";
  kind: "status";
  label: string;
  html: string;
  state: "running" | "complete" | "error";
  expanded: boolean;
  /** True: keep the container open or closed as the user left it (else `expanded`). */
  user_expanded: boolean;
  variant: "default" | "compact" | "step";
  width: "stretch" | number;
}

const openByPath = new Map<string, boolean>();
const labelByPath = new Map<string, string>();

const STATE_TEXT = { running: "Running", complete: "Complete", error: "Error" } as const;

function icon(state: StatusEl["state"]): HTMLElement {
  if (state === "running") return h("span", { class: "ost-status-icon ost-spinner-ring running", "aria-hidden": "true" });
  return h("span", { class: `ost-status-icon ${state}`, "aria-hidden": "true", text: state === "complete" ? "✓" : "!" });
}

registerElement("block:status", (raw, path) => {
  const el = raw as unknown as StatusEl;
  const variant = el.variant ?? "default";
  const key = path.join(".");
  const body = h("div", { class: "ost-details-body" });
  const root = h(
    "details",
    { class: `ost-expander ost-status ${variant} ${el.state}`, "data-state": el.state, style: widthStyle(el.width) },
    h(
      "summary",
      {},
      icon(el.state),
      h("span", { class: "ost-visually-hidden", text: `${STATE_TEXT[el.state] ?? el.state}: ` }),
      h("span", { class: "ost-status-label ost-md-label", html: el.html }),
    ),
    body,
  );
  // As Streamlit's page: a new label resets it to `expanded` (closed when not given);
  // otherwise an update that leaves `expanded` out keeps the user's choice.
  const remembered = openByPath.get(key);
  const relabelled = labelByPath.get(key) !== el.label;
  root.open = el.user_expanded && remembered !== undefined && !relabelled ? remembered : Boolean(el.expanded);
  openByPath.set(key, root.open);
  labelByPath.set(key, el.label);
  root.addEventListener("toggle", () => openByPath.set(key, root.open));
  return { root, body };
});
