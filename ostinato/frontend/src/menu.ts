// The main menu (⋮): Rerun, Settings (theme, wide mode), Print, About, as in
// Streamlit, with the keyboard shortcut R (rerun) when not typing in a field; for
// the developer also Clear cache (shortcut C), which asks before clearing.

import { h } from "./dom";
import { setThemeChoice, themeChoice, type ThemeChoice } from "./theme";

export interface MenuActions {
  rerun(): void;
  /** "Always rerun when the source changes" (developer items). */
  always(): void;
  /** Clear st.cache_data and st.cache_resource (developer item, after confirming). */
  clearCache(): void;
}

function item(action: string, label: string, shortcut?: string): HTMLButtonElement {
  return h(
    "button",
    { type: "button", role: "menuitem", "data-action": action, "aria-keyshortcuts": shortcut ?? null },
    h("span", { text: label }),
    shortcut ? h("kbd", { class: "ost-shortcut", "aria-hidden": "true", text: shortcut }) : null,
  );
}

let wide = false;
/** The user chose in Settings: set_page_config's layout no longer changes it. */
let wideChosen = false;

function setWide(on: boolean): void {
  wide = on;
  document.body.classList.toggle("wide", on);
}

/** st.set_page_config(layout=): the page's width unless the user chose one. */
export function pageLayout(isWide: boolean): void {
  if (!wideChosen) setWide(isWide);
}

let opener: HTMLElement | null = null;

function dialog(name: string, title: string, ...body: Node[]): HTMLDialogElement {
  document.querySelector(`dialog.ost-dialog`)?.remove();
  const close = h("button", { type: "button", class: "ost-dialog-close", "aria-label": "Close", text: "×" });
  const heading = h("h2", { class: "ost-dialog-title", id: `ost-dialog-${name}`, text: title });
  const node = h(
    "dialog",
    { class: `ost-dialog ost-dialog-${name}`, "aria-labelledby": heading.id },
    h("div", { class: "ost-dialog-head" }, heading, close),
    h("div", { class: "ost-dialog-body" }, ...body),
  );
  close.addEventListener("click", () => node.close());
  node.addEventListener("click", (event) => {
    if (event.target === node) node.close(); // a click on the backdrop
  });
  node.addEventListener("close", () => {
    node.remove();
    opener?.focus();
  });
  document.body.append(node);
  node.showModal();
  return node;
}

const THEMES: [ThemeChoice, string][] = [
  ["auto", "Use system setting"],
  ["light", "Light"],
  ["dark", "Dark"],
];

function openSettings(): void {
  const wideBox = h("input", { type: "checkbox", id: "ost-setting-wide", checked: wide });
  wideBox.addEventListener("change", () => {
    wideChosen = true;
    setWide(wideBox.checked);
  });
  const theme = h(
    "select",
    { id: "ost-setting-theme", class: "ost-setting-select" },
    ...THEMES.map(([value, label]) => h("option", { value, text: label, selected: value === themeChoice() })),
  );
  theme.addEventListener("change", () => {
    setThemeChoice(theme.value as ThemeChoice);
    for (const choice of document.querySelectorAll<HTMLElement>(".ost-menu-theme")) {
      choice.setAttribute("aria-pressed", String(choice.dataset.theme === themeChoice()));
    }
  });
  dialog(
    "settings",
    "Settings",
    h(
      "div",
      { class: "ost-setting" },
      h("label", { class: "ost-setting-check", for: wideBox.id }, wideBox, h("span", { text: "Wide mode" })),
      h("div", { class: "ost-setting-hint", text: "Turn on to make this app occupy the entire width of the screen." }),
    ),
    h(
      "div",
      { class: "ost-setting" },
      h("label", { for: theme.id, class: "ost-setting-label", text: "Choose app theme, colors and fonts" }),
      theme,
    ),
  );
}

function confirmClearCache(clear: () => void): void {
  const cancel = h("button", { type: "button", class: "ost-dialog-button", text: "Cancel" });
  const confirm = h("button", { type: "button", class: "ost-dialog-button ost-dialog-primary", text: "Clear caches" });
  const node = dialog(
    "clear-cache",
    "Clear caches",
    h("p", {}, h("strong", { text: "Are you sure you want to clear the app's function caches?" })),
    h("p", { text: "This will remove all cached entries from functions using @st.cache_data and @st.cache_resource." }),
    h("div", { class: "ost-dialog-actions" }, cancel, confirm),
  );
  cancel.addEventListener("click", () => node.close());
  confirm.addEventListener("click", () => {
    node.close();
    clear();
  });
  cancel.focus();
}

function openAbout(): void {
  dialog(
    "about",
    "About",
    h("p", { text: "Made with Ostinato, a Python framework with Streamlit's API." }),
    h("p", { class: "ost-setting-hint", text: "Press R to rerun the app (when not typing in a field)." }),
  );
}

/** Typing in a field, where a letter is text and never a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const field = el.closest("input, textarea, select, [contenteditable], [role=combobox], [role=textbox]");
  if (!field) return false;
  const type = field instanceof HTMLInputElement ? field.type : "";
  return !["checkbox", "radio", "range", "button", "submit", "color", "file"].includes(type);
}

/** The scheme switch at the top of the menu, as Streamlit 1.67 has it: System, Light, Dark. */
function themeRow(): HTMLElement {
  const choices: [ThemeChoice, string, string][] = [
    ["auto", "System", "◐"],
    ["light", "Light", "☀"],
    ["dark", "Dark", "☾"],
  ];
  const row = h("div", { class: "ost-menu-themes", role: "group", "aria-label": "Theme" });
  const mark = (): void => {
    for (const choice of row.querySelectorAll<HTMLElement>("button")) {
      choice.setAttribute("aria-pressed", String(choice.dataset.theme === themeChoice()));
    }
  };
  for (const [value, label, icon] of choices) {
    const choice = h(
      "button",
      { type: "button", class: "ost-menu-theme", "data-theme": value, title: `${label} theme` },
      h("span", { class: "ost-menu-theme-icon", "aria-hidden": "true", text: icon }),
      h("span", { text: label }),
    );
    choice.addEventListener("click", (event) => {
      event.stopPropagation(); // the menu stays open, as Streamlit's does
      setThemeChoice(value);
      mark();
    });
    row.append(choice);
  }
  mark();
  return row;
}

export function menuControls(menu: HTMLElement, button: HTMLElement, items: HTMLElement, actions: MenuActions): void {
  // Streamlit's order: the scheme, Rerun, Settings | Print, About; the developer's
  // item after Rerun. The items exist only while the menu is open (so the app's
  // own labels and texts are never confused with them).
  const always = items.querySelector<HTMLElement>('[data-action="always"]');
  always?.remove();
  const fill = (): void => {
    const developer = document.body.dataset.toolbarMode === "developer";
    items.replaceChildren(
      themeRow(),
      h("div", { class: "ost-menu-divider", role: "separator" }),
      item("rerun", "Rerun", "R"),
      ...(developer ? [item("always", always?.textContent?.trim() || "Always rerun when the source changes")] : []),
      ...(developer ? [item("clear-cache", "Clear cache", "C")] : []),
      item("settings", "Settings"),
      h("div", { class: "ost-menu-divider", role: "separator" }),
      item("print", "Print"),
      item("about", "About"),
    );
  };
  items.replaceChildren();

  const open = (on: boolean): void => {
    if (on) fill();
    else items.replaceChildren();
    items.hidden = !on;
    button.setAttribute("aria-expanded", String(on));
    if (on) items.querySelector<HTMLElement>("[role=menuitem]:not([hidden])")?.focus();
  };
  button.addEventListener("click", () => open(items.hidden));
  items.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[role=menuitem]")?.dataset.action;
    if (!action) return;
    open(false);
    opener = button;
    if (action === "rerun") actions.rerun();
    else if (action === "always") actions.always();
    else if (action === "clear-cache") confirmClearCache(actions.clearCache);
    else if (action === "settings") openSettings();
    else if (action === "about") openAbout();
    else if (action === "print") window.print();
  });
  items.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const list = [...items.querySelectorAll<HTMLElement>("[role=menuitem]:not([hidden])")];
    const at = list.indexOf(document.activeElement as HTMLElement);
    list[(at + (event.key === "ArrowDown" ? 1 : list.length - 1)) % list.length]?.focus();
  });
  document.addEventListener("click", (event) => {
    if (!items.hidden && !menu.contains(event.target as Node)) open(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !items.hidden) {
      open(false);
      button.focus();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const key = event.key.toLowerCase();
    if (key !== "r" && key !== "c") return;
    if (typing(event.target) || document.querySelector("dialog[open]")) return;
    if (document.body.dataset.link === "disconnected") return;
    if (key === "c" && document.body.dataset.toolbarMode !== "developer") return;
    event.preventDefault();
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (key === "r") actions.rerun();
    else confirmClearCache(actions.clearCache);
  });
}
