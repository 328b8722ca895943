// What every iframe of the page's elements shares (st.iframe, components.v1.html
// and .iframe, custom components): Streamlit's sandbox and feature policy, so a
// page that works in a Streamlit frame works in ours.

/** The sandbox Streamlit gives its frames: scripts, forms, popups, downloads, same origin. */
export const SANDBOX =
  "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";

/** The features a frame may use (the iframe `allow` attribute), as in Streamlit. */
export const FEATURES = [
  "accelerometer", "ambient-light-sensor", "autoplay", "battery", "camera", "clipboard-write",
  "document-domain", "encrypted-media", "fullscreen", "geolocation", "gyroscope",
  "layout-animations", "legacy-image-formats", "magnetometer", "microphone", "midi",
  "oversized-images", "payment", "picture-in-picture", "publickey-credentials-get", "sync-xhr",
  "usb", "vr", "wake-lock", "xr-spatial-tracking",
].join("; ");

/** An iframe with the shared policies and `title` (its accessible name). */
export function sandboxedFrame(title: string, tabIndex: number | null): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", SANDBOX);
  frame.setAttribute("allow", FEATURES);
  frame.title = title;
  if (tabIndex !== null && tabIndex !== undefined) frame.tabIndex = tabIndex;
  return frame;
}
