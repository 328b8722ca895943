// st.bottom: an area fixed to the bottom of the main column (a top-level
// st.chat_input lands there), which the page's content scrolls above. The main
// column's bottom padding follows its height, so nothing hides behind it.
// With a chat input pinned there, the page follows the newest message: when the
// user sends one, and while new content arrives as long as the user has not
// scrolled up from the end.

import { h } from "./dom";

const app = document.getElementById("ostinato-app") ?? document.body;
const main = document.getElementById("ostinato-main");

/** Where the bottom root's elements go. */
export const body = h("div", { class: "ost-bottom-inner" });
const area = h("div", { id: "ostinato-bottom", hidden: true }, body);
app.append(area);

new ResizeObserver(() => {
  document.documentElement.style.setProperty("--ost-bottom-height", `${area.offsetHeight}px`);
}).observe(area);

/** Show the area only when it holds something. */
export function fit(hasContent: boolean): void {
  area.hidden = !hasContent;
  document.body.classList.toggle("ost-has-bottom", hasContent);
  if (!hasContent) document.documentElement.style.setProperty("--ost-bottom-height", "0px");
}

const NEAR_END_PX = 48;
/** The page keeps to its end as content arrives. */
let following = false;
let scheduled = false;

const atEnd = (): boolean => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - NEAR_END_PX;

/** The user sent a message: show the end of the page now and as the reply comes. */
export function followNewest(): void {
  following = true;
  toEnd();
}

function toEnd(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    if (following) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" as ScrollBehavior });
  });
}

// Scrolling up leaves the end; coming back to it follows again.
window.addEventListener("wheel", (event) => {
  if (event.deltaY < 0) following = false;
}, { passive: true });
window.addEventListener("touchmove", () => {
  following = atEnd();
}, { passive: true });
window.addEventListener("keydown", (event) => {
  if (["PageUp", "ArrowUp", "Home"].includes(event.key) && !(event.target instanceof HTMLTextAreaElement)) following = false;
});
window.addEventListener("scroll", () => {
  if (atEnd()) following = true;
}, { passive: true });

if (main) {
  new MutationObserver(() => {
    if (following && !area.hidden && area.querySelector(".ost-chat-input")) toEnd();
  }).observe(main, { childList: true, subtree: true, characterData: true });
}
