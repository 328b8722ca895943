// st.balloons and st.snow: a one-off overlay of rising balloons or falling flakes
// over the page. It never takes clicks (pointer-events: none), is hidden from
// assistive technology, and is skipped when the user asks for reduced motion.

import { h } from "../dom";
import { registerElement } from "../registry";

const COUNT = { balloons: 30, snow: 60 } as const;
const COLOURS = ["--primary", "--success", "--info", "--warning", "--error"];

/** Play the effect; false when the user asked for reduced motion. */
function overlay(kind: "balloons" | "snow"): boolean {
  if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return false;
  const layer = h("div", { class: `ost-effect ost-${kind}`, "aria-hidden": "true", "data-effect": kind });
  let longest = 0;
  for (let i = 0; i < COUNT[kind]; i++) {
    const piece = h("span", { class: "ost-effect-piece", text: kind === "snow" ? "❄" : null });
    const delay = Math.random() * (kind === "snow" ? 2.5 : 1.2);
    const duration = (kind === "snow" ? 4 : 3) + Math.random() * 2;
    longest = Math.max(longest, delay + duration);
    piece.style.left = `${Math.random() * 100}%`;
    piece.style.animationDelay = `${delay.toFixed(2)}s`;
    piece.style.animationDuration = `${duration.toFixed(2)}s`;
    piece.style.setProperty("--drift", `${(Math.random() * 16 - 8).toFixed(1)}vw`);
    if (kind === "balloons") piece.style.setProperty("--colour", `var(${COLOURS[i % COLOURS.length]})`);
    else piece.style.fontSize = `${(0.8 + Math.random() * 1.2).toFixed(2)}rem`;
    layer.append(piece);
  }
  document.body.append(layer);
  window.setTimeout(() => layer.remove(), (longest + 0.5) * 1000);
  return true;
}

/** The element keeps a hidden slot in the tree; the effect plays over the page. */
function effect(kind: "balloons" | "snow"): { root: HTMLElement } {
  const played = overlay(kind);
  return { root: h("div", { class: "ost-nothing", hidden: true, "data-effect-slot": kind, "data-played": String(played) }) };
}

registerElement("balloons", () => effect("balloons"));
registerElement("snow", () => effect("snow"));
