// st.chat_message: an avatar beside the message's elements. "user" and
// "assistant" (also "human"/"ai") get preset icons; an emoji or an image is
// shown as given; any other name shows its first letter.

import { h } from "../dom";
import { registerElement, type ElementRenderer } from "../registry";

/** The chat_message block (declared here, where it is drawn). */
interface ChatMessageEl {
  type: "block";
  kind: "chat_message";
  name: string;
  avatar: string;
  avatar_type: "icon" | "emoji" | "image";
  width: "stretch" | "content" | number;
}

const PERSON =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="8" r="4" fill="currentColor"/>' +
  '<path d="M4 20c0-4 3.6-6.5 8-6.5s8 2.5 8 6.5z" fill="currentColor"/></svg>';
const ROBOT =
  '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><rect x="4" y="7" width="16" height="12" rx="3" fill="currentColor"/>' +
  '<circle cx="9" cy="13" r="1.6" fill="var(--bg)"/><circle cx="15" cy="13" r="1.6" fill="var(--bg)"/><rect x="11" y="3" width="2" height="4" fill="currentColor"/></svg>';

function avatarOf(name: string, avatar: string, type: "icon" | "emoji" | "image"): HTMLElement {
  if (type === "image") {
    return h("span", { class: "ost-chat-avatar ost-chat-avatar-image" }, h("img", { src: avatar, alt: "" }));
  }
  if (type === "emoji") return h("span", { class: "ost-chat-avatar ost-chat-avatar-emoji", text: avatar });
  if (avatar === "user") return h("span", { class: "ost-chat-avatar ost-chat-avatar-user", html: PERSON });
  if (avatar === "assistant") return h("span", { class: "ost-chat-avatar ost-chat-avatar-assistant", html: ROBOT });
  // A Material icon (":material/name:") shows its name's first letter until the icon font is bundled.
  const icon = /^:material\/([a-z0-9_]+):$/.exec(avatar);
  const letter = (icon ? icon[1] : name).trim().charAt(0).toUpperCase() || "?";
  return h("span", { class: "ost-chat-avatar ost-chat-avatar-letter", text: letter, "data-icon": icon ? icon[1] : null });
}

const draw: ElementRenderer = (raw) => {
  const el = raw as unknown as ChatMessageEl;
  const body = h("div", { class: "ost-chat-content" });
  const role = el.avatar === "user" || el.avatar === "assistant" ? el.avatar : "custom";
  const root = h(
    "div",
    { class: `ost-chat-message ost-chat-${role}`, role: "group", "aria-label": `Chat message from ${el.name}`, "data-name": el.name },
    avatarOf(el.name, el.avatar, el.avatar_type),
    body,
  );
  if (typeof el.width === "number") root.style.width = `min(100%, ${el.width}px)`;
  else if (el.width === "content") root.classList.add("ost-chat-fit");
  return { root, body };
};
registerElement("block:chat_message", draw as never);
