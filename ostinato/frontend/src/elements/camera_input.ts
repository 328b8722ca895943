// st.camera_input: the camera's live picture and "Take photo"; the snapshot is a
// JPEG uploaded as the widget's file, shown with "Clear photo". A camera the
// browser refuses leaves a message and "Try again".

import { clearCapture, deviceStream, previewOf, refusal, sendCapture, sizeText, statusLine, stopStream, stopUnused, useStream } from "../capture";
import { h } from "../dom";
import { frame } from "../frame";
import { registerElement } from "../registry";

/** The current frame of `video` as a JPEG file. */
function snapshot(video: HTMLVideoElement): Promise<File> {
  const canvas = h("canvas", { width: video.videoWidth || 640, height: video.videoHeight || 480 });
  canvas.getContext("2d")?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(new File([blob], "image.jpg", { type: "image/jpeg" })) : reject(new Error("The photo could not be encoded."))), "image/jpeg", 0.92),
  );
}

registerElement(
  "camera_input",
  (el, _path, actions) => {
    const status = statusLine();
    const file = el.value?.[0];
    const stage = h("div", { class: "ost-camera-stage" });
    const button = h("button", { type: "button", class: "ost-button kind-secondary ost-capture-button", disabled: el.disabled });
    if (file) {
      const url = previewOf(el);
      stage.append(url ? h("img", { class: "ost-camera-photo", src: url, alt: `Photo taken: ${file.name}` }) : h("div", { class: "ost-capture-file", text: `${file.name} (${sizeText(file.size)})` }));
      button.textContent = "Clear photo";
      button.addEventListener("click", () => clearCapture(el, actions));
    } else {
      const video = h("video", { class: "ost-camera-video", autoplay: true, muted: true, playsinline: true, "aria-label": "Camera preview" });
      stage.append(video);
      button.textContent = "Take photo";
      button.disabled = true; // until the camera shows a picture
      const start = async (): Promise<void> => {
        status.say("Waiting for the camera…");
        try {
          const height = el.resolution_height;
          const stream = await deviceStream(el.id, { video: height ? { height: { ideal: height } } : true, audio: false });
          video.srcObject = stream;
          useStream(el.id, video);
          await video.play().catch(() => undefined);
          status.say("");
          button.disabled = el.disabled;
        } catch (error) {
          status.say(refusal(error, "camera"), true);
          button.textContent = "Try again";
          button.disabled = el.disabled;
        }
      };
      button.addEventListener("click", async () => {
        if (button.textContent === "Try again") {
          button.textContent = "Take photo";
          button.disabled = true;
          await start();
          return;
        }
        button.disabled = true;
        status.say("Uploading the photo…");
        try {
          const photo = await snapshot(video);
          await sendCapture(el, photo, actions);
          stopStream(el.id);
          status.say("");
        } catch (error) {
          status.say(error instanceof Error ? error.message : String(error), true);
          button.disabled = el.disabled;
        }
      });
      if (!el.disabled) void start();
    }
    const root = frame(el, null, stage, button, status.node);
    if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
    return { root };
  },
  { afterRun: stopUnused },
);
