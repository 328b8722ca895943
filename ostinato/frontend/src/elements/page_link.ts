// st.page_link: a link to another page of the app (followed without a reload)
// or to an external URL.

import { currentPage, withBase } from "../connection";
import { h, iconSpan } from "../dom";
import type { PageLinkEl } from "../protocol";
import { sizeButton } from "./container";
import { registerElement, type Actions } from "../registry";

function pageLink(el: PageLinkEl, actions: Actions): HTMLElement {
  // The app's own pages are under the base URL.
  const href = el.external ? el.href : withBase(el.href);
  const link = h(
    "a",
    { class: "ost-page-link", href, title: el.help, "aria-current": !el.external && el.url_path === currentPage() ? "page" : null },
    el.icon && el.icon_position !== "right" ? iconSpan(el.icon, "ost-page-link-icon", true) : null,
    h("span", { class: "ost-page-link-label", text: el.label }),
    el.icon && el.icon_position === "right" ? iconSpan(el.icon, "ost-page-link-icon", true) : null,
  );
  sizeButton(link, el.width);
  if (el.disabled) {
    link.setAttribute("aria-disabled", "true");
    link.removeAttribute("href");
  } else if (el.external) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  } else {
    link.addEventListener("click", (event) => {
      // With query_params the browser follows the link: the page loads with them
      // in its URL and the session (resumed) reads them, as on any first load.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || el.query) return;
      event.preventDefault();
      actions.navigate(el.url_path);
    });
  }
  return link;
}

registerElement("page_link", (el, _path, actions) => ({ root: pageLink(el, actions) }));
