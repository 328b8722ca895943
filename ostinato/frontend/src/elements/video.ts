// st.video: the browser's video player with subtitle tracks, or a YouTube embed.
// The drawing is a chunk of its own (src/players.ts).

import { h } from "../dom";
import type { VideoEl } from "../protocol";
import { registerElement } from "../registry";

function video(el: VideoEl): HTMLElement {
  const root = h("div", { class: "ost-video", "data-testid": "ost-video" });
  void import("../players").then((m) => m.fillVideo(root, el));
  return root;
}

registerElement("video", (el) => ({ root: video(el) }));
