// st.audio, st.video and st.pdf's drawing, loaded only by pages that show one (a
// chunk of its own). Served media answer range requests, so seeking a video
// fetches only what it needs.

import { withBase } from "./connection";
import { h } from "./dom";
import type { AudioEl, PdfEl, VideoEl } from "./protocol";
import { widthStyle } from "./images";

/** Wire start/end/loop to a player, as Streamlit does: it starts at start_time,
 * stops at end_time, and with loop goes back to start_time (not to 0). */
export function playWindow(player: HTMLMediaElement, el: AudioEl | VideoEl, shown: HTMLElement): void {
  const start = el.start_time || 0;
  const end = el.end_time;
  player.addEventListener("loadedmetadata", () => {
    if (start > 0 && player.currentTime < start) player.currentTime = start;
  }, { once: true });
  player.addEventListener("timeupdate", () => {
    if (end === null || end === undefined || player.currentTime < end) return;
    if (el.loop) {
      player.currentTime = start;
      void player.play().catch(() => undefined);
    } else {
      player.pause();
    }
  });
  player.addEventListener("ended", () => {
    if (!el.loop) return;
    player.currentTime = start;
    void player.play().catch(() => undefined);
  });
  player.addEventListener("error", () => {
    if (!player.getAttribute("src")) return;
    shown.querySelector(".ost-media-error")?.remove();
    shown.append(h("div", { class: "ost-media-error", role: "alert", text: `This ${el.type} cannot be played: the browser could not read its data (${el.format}).` }));
  });
}

/** Fill `root` with an audio player for `el`. */
export function fillAudio(root: HTMLElement, el: AudioEl): void {
  const player = h("audio", {
    controls: true,
    src: el.url ? withBase(el.url) : null,
    autoplay: el.autoplay,
    preload: "metadata",
    "aria-label": el.alt,
    class: "ost-audio-player",
    style: widthStyle(el.width),
  });
  root.replaceChildren(player);
  playWindow(player, el, root);
}

function youtube(el: VideoEl): HTMLElement {
  const query = new URLSearchParams();
  if (el.start_time) query.set("start", String(el.start_time));
  if (el.end_time !== null) query.set("end", String(el.end_time));
  if (el.loop) query.set("loop", "1");
  if (el.autoplay) query.set("autoplay", "1");
  if (el.muted) query.set("mute", "1");
  const search = query.toString();
  return h("iframe", {
    class: "ost-video-youtube",
    src: `${el.url}${search ? `?${search}` : ""}`,
    title: el.alt ?? "YouTube video",
    allow: "autoplay; encrypted-media; picture-in-picture",
    allowfullscreen: true,
    style: widthStyle(el.width),
  });
}

/** Fill `root` with a video player (or a YouTube embed) for `el`. */
export function fillVideo(root: HTMLElement, el: VideoEl): void {
  if (el.kind === "youtube") {
    root.replaceChildren(youtube(el));
    return;
  }
  const player = h(
    "video",
    {
      controls: true,
      src: el.url ? withBase(el.url) : null,
      autoplay: el.autoplay,
      preload: "metadata",
      playsinline: true,
      "aria-label": el.alt,
      class: "ost-video-player",
      style: widthStyle(el.width),
    },
    ...el.subtitles.map((track, index) =>
      h("track", { kind: "captions", src: withBase(track.url), label: track.label, default: index === 0 && el.subtitles.length === 1 }),
    ),
  );
  // `muted` must be a property too: the attribute alone does not mute a created element.
  player.muted = el.muted;
  root.replaceChildren(player);
  playWindow(player, el, root);
}

/** Fill `root` with the browser's PDF viewer for `el` (an <iframe> of the served file). */
export function fillPdf(root: HTMLElement, el: PdfEl): void {
  root.replaceChildren(
    h("iframe", {
      class: "ost-pdf-frame",
      src: withBase(el.url),
      title: el.alt ?? "PDF document",
      style: typeof el.height === "number" ? `height: ${el.height}px` : null,
    }),
  );
}
