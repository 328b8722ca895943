// st.audio_input: "Record" opens the microphone and records until "Stop"; the
// recording (mono 16-bit PCM WAV at the widget's sample rate) is uploaded as the
// widget's file and can be played back or cleared. A microphone the browser
// refuses leaves a message; "Record" tries again.

import { clearCapture, deviceStream, previewOf, refusal, sendCapture, sizeText, statusLine, stopStream, stopUnused, useStream } from "../capture";
import { h } from "../dom";
import { frame } from "../frame";
import type { CaptureEl } from "../protocol";
import { registerElement } from "../registry";

/** Mono float samples as a 16-bit PCM WAV file. */
export function wavFile(samples: Float32Array, rate: number): File {
  const data = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at: number, s: string): void => [...s].forEach((c, i) => data.setUint8(at + i, c.charCodeAt(0)));
  text(0, "RIFF");
  data.setUint32(4, 36 + samples.length * 2, true);
  text(8, "WAVE");
  text(12, "fmt ");
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true); // PCM
  data.setUint16(22, 1, true); // mono
  data.setUint32(24, rate, true);
  data.setUint32(28, rate * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  text(36, "data");
  data.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => data.setInt16(44 + i * 2, Math.max(-1, Math.min(1, s)) * 0x7fff, true));
  return new File([data.buffer], "audio.wav", { type: "audio/wav" });
}

interface Recording {
  stop(): Promise<File>;
}

async function record(el: CaptureEl, user: HTMLElement): Promise<Recording> {
  const stream = await deviceStream(el.id, { audio: { channelCount: 1 }, video: false });
  useStream(el.id, user);
  const context = new AudioContext(el.sample_rate ? { sampleRate: el.sample_rate } : {});
  const source = context.createMediaStreamSource(stream);
  const processor = context.createScriptProcessor(4096, 1, 1);
  const chunks: Float32Array[] = [];
  processor.onaudioprocess = (event) => chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  source.connect(processor);
  processor.connect(context.destination);
  return {
    async stop() {
      source.disconnect();
      processor.disconnect();
      const rate = context.sampleRate;
      await context.close();
      const all = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        all.set(chunk, at);
        at += chunk.length;
      }
      return wavFile(all, rate);
    },
  };
}

registerElement(
  "audio_input",
  (el, _path, actions) => {
    const status = statusLine();
    const file = el.value?.[0];
    const button = h("button", { type: "button", class: "ost-button kind-secondary ost-capture-button", disabled: el.disabled });
    const parts: HTMLElement[] = [];
    if (file) {
      const url = previewOf(el);
      parts.push(url ? h("audio", { class: "ost-audio-preview", controls: true, src: url, "aria-label": `Recording: ${file.name}` }) : h("div", { class: "ost-capture-file", text: `${file.name} (${sizeText(file.size)})` }));
      button.textContent = "Clear recording";
      button.addEventListener("click", () => clearCapture(el, actions));
    } else {
      button.textContent = "Record";
      let recording: Recording | null = null;
      let started = 0;
      let timer = 0;
      button.addEventListener("click", async () => {
        if (recording) {
          const done = recording;
          recording = null;
          window.clearInterval(timer);
          button.disabled = true;
          status.say("Uploading the recording…");
          try {
            const wav = await done.stop();
            stopStream(el.id);
            await sendCapture(el, wav, actions);
            status.say("");
          } catch (error) {
            status.say(error instanceof Error ? error.message : String(error), true);
            button.textContent = "Record";
            button.disabled = el.disabled;
          }
          return;
        }
        button.disabled = true;
        try {
          recording = await record(el, button);
          started = Date.now();
          button.textContent = "Stop";
          button.setAttribute("aria-pressed", "true");
          status.say("Recording 0:00");
          timer = window.setInterval(() => {
            const s = Math.floor((Date.now() - started) / 1000);
            status.say(`Recording ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);
          }, 500);
        } catch (error) {
          status.say(refusal(error, "microphone"), true);
        } finally {
          button.disabled = el.disabled;
        }
      });
    }
    const root = frame(el, null, ...parts, button, status.node);
    if (typeof el.width === "number") root.style.width = `min(${el.width}px, 100%)`;
    return { root };
  },
  { afterRun: stopUnused },
);
