// st.image's drawing, loaded only by pages that show an image (a chunk of its own).
// Served images load from the session's media URL (under the app's base URL);
// other URLs, data URLs (SVG) included, load as given.

import { withBase } from "./connection";
import { h } from "./dom";
import type { ImageEl, ImageItem, MediaWidth } from "./protocol";

/** The inline size of an image or player for Streamlit's `width`. */
export function widthStyle(width: MediaWidth): string | null {
  if (typeof width === "number") return `width: ${width}px`;
  return width === "stretch" ? "width: 100%" : null;
}

function figure(item: ImageItem, width: MediaWidth, link: string | null): HTMLElement {
  const caption = item.caption_html ? h("figcaption", { class: "ost-image-caption", html: item.caption_html }) : null;
  const img = h("img", {
    src: withBase(item.url),
    // Without alt text the caption names the image, else it is marked decorative
    // (an img with no alt at all is read out by its URL).
    alt: item.alt ?? caption?.textContent ?? "",
    class: "ost-image-img",
    style: widthStyle(width),
    loading: "lazy",
    decoding: "async",
  });
  const picture = link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer", class: "ost-image-link" }, img) : img;
  return h(
    "figure",
    { class: `ost-image-figure w-${typeof width === "number" ? "px" : width}`, style: typeof width === "number" ? `max-width: ${width}px` : null },
    picture,
    caption,
  );
}

/** Fill `root` with the figures of `el`. */
export function fillImage(root: HTMLElement, el: ImageEl): void {
  root.replaceChildren(...el.images.map((item) => figure(item, el.width, el.link)));
}
