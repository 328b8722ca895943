// st.audio: the browser's audio player. The drawing is a chunk of its own
// (src/players.ts), fetched by pages that show a player.

import { h } from "../dom";
import type { AudioEl } from "../protocol";
import { registerElement } from "../registry";

function audio(el: AudioEl): HTMLElement {
  const root = h("div", { class: "ost-audio", "data-testid": "ost-audio" });
  void import("../players").then((m) => m.fillAudio(root, el));
  return root;
}

registerElement("audio", (el) => ({ root: audio(el) }));
