// st.skeleton: a block in the panel colour that pulses while content loads. Used
// with `with`, it shows (like st.spinner) only after half a second.

import { h } from "../dom";
import { registerElement } from "../registry";

interface SkeletonEl {
  type: "skeleton";
  height: number | "stretch" | null;
  width: number | "stretch";
  delayed: boolean;
}

function skeleton(el: SkeletonEl): HTMLElement {
  const style: string[] = [];
  if (typeof el.width === "number") style.push(`width:${el.width}px`, "max-width:100%");
  if (typeof el.height === "number") style.push(`height:${el.height}px`);
  else if (el.height === "stretch") style.push("height:100%");
  const block = h("div", {
    class: `ost-skeleton${el.delayed ? " delayed" : ""}`,
    role: "status",
    "aria-busy": "true",
    "aria-label": "Loading",
    style: style.join(";") || null,
  });
  const slot = `ost-skeleton-slot${el.delayed ? " delayed" : ""}${el.height === "stretch" ? " stretch" : ""}`;
  return h("div", { class: slot }, block);
}

registerElement("skeleton", (el) => ({ root: skeleton(el as unknown as SkeletonEl) }));
