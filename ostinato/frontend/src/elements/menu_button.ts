// st.menu_button: a button opening a menu (WAI-ARIA menu button): Enter, Space or
// ArrowDown open it on the first item, ArrowUp/ArrowDown/Home/End move, Enter picks,
// Escape or Tab close it. The option picked is sent as its index.

import { h, labelContent } from "../dom";
import { wrapper } from "../frame";
import { registerElement } from "../registry";
import { sizeButton } from "./container";

registerElement("menu_button", (el, _path, actions) => {
  const menuId = `${el.id}-menu`;
  const control = h(
    "button",
    { id: el.id, type: "button", class: `ost-button kind-${el.kind || "secondary"} ost-menu-button`, disabled: el.disabled, title: el.help, "aria-haspopup": "menu", "aria-expanded": "false", "aria-controls": menuId },
    h("span", labelContent(el.label, el.icon, el.label_html)),
    h("span", { class: "ost-menu-chevron", "aria-hidden": "true" }),
  );
  sizeButton(control, el.width);
  const menu = h("ul", { id: menuId, role: "menu", class: "ost-menu", "aria-labelledby": el.id, hidden: true });
  const items = el.options.map((option, i) => {
    const item = h("li", { role: "menuitem", tabindex: -1, class: `ost-menu-item${el.wrap === false ? " nowrap" : ""}`, text: option });
    item.addEventListener("click", () => pick(i));
    return item;
  });
  menu.append(...items);
  const isOpen = (): boolean => !menu.hidden;
  const open = (at: number): void => {
    menu.hidden = false;
    control.setAttribute("aria-expanded", "true");
    items[(at + items.length) % items.length]?.focus();
  };
  const close = (refocus: boolean): void => {
    if (!isOpen()) return;
    menu.hidden = true;
    control.setAttribute("aria-expanded", "false");
    if (refocus) control.focus();
  };
  const pick = (i: number): void => {
    close(true);
    actions.change(el, i);
  };
  control.addEventListener("click", () => (isOpen() ? close(false) : open(0)));
  control.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(event.key === "ArrowDown" ? 0 : -1);
    }
  });
  menu.addEventListener("keydown", (event) => {
    const at = items.indexOf(document.activeElement as HTMLLIElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      items[(to + items.length) % items.length].focus();
    } else if ((event.key === "Enter" || event.key === " ") && at >= 0) {
      event.preventDefault();
      pick(at);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") close(false);
  });
  const root = wrapper(el, h("div", { class: "ost-menu-anchor" }, control, menu));
  root.addEventListener("focusout", (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) close(false);
  });
  return { root };
});
