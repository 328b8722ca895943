// A combobox over a popup listbox, shared by st.selectbox and st.multiselect
// (WAI-ARIA "combobox with listbox popup"): focus stays in the text input,
// typing filters the options, ArrowUp/ArrowDown move through the ones shown
// (aria-activedescendant), Enter picks, Escape closes, Tab leaves.

import { h, swapping } from "./dom";

export interface ComboConfig {
  /** The widget's id: the input's, and the stem of the listbox's and options' ids. */
  id: string;
  options: string[];
  /** The option indexes offered now (a multiselect hides those chosen). */
  offered(): number[];
  selected(i: number): boolean;
  /** The user picked option `i`. */
  pick(i: number): void;
  /** What the list says when it offers nothing. */
  empty(): string;
  /** Whether typing filters from the first keystroke only (a selectbox shows its
   * value in the input: the list is unfiltered until the user types). */
  showsValue: boolean;
  /** A first row that picks every option shown ("Select all", "Select 3
   * matches" in a multiselect), or null where there is none. */
  all?(shown: number[], filtered: boolean): string | null;
  pickAll?(shown: number[]): void;
  /** With accept_new_options: the user added `text`, which is no option's label. */
  addNew?(text: string): void;
  /** Called when the list opens (a selectbox empties its input for the filter). */
  opened?(): void;
  /** Called when the list closes (a selectbox puts its value back in the input). */
  closed?(): void;
}

export interface Combo {
  input: HTMLInputElement;
  list: HTMLElement;
  open(): void;
  close(): void;
  isOpen(): boolean;
  redraw(): void;
}

/** Comboboxes whose list was open when the page redrew them (after a pick the
 * server redraws the widget; the list stays open as the user left it). */
const openAgain = new Set<string>();

export function combo(input: HTMLInputElement, config: ComboConfig): Combo {
  const { id, options } = config;
  const listId = `${id}-listbox`;
  const list = h("ul", { id: listId, role: "listbox", class: "ost-combo-list", hidden: true });
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.autocomplete = "off";
  input.spellcheck = false;

  /** The rows shown: option indexes, ALL for the "Select all" row, NEW for the
   * row adding what was typed (accept_new_options). */
  const ALL = -1;
  const NEW = -2;
  let shown: number[] = [];
  let matches: number[] = [];
  let active = -1;
  let filtering = !config.showsValue;

  const optionId = (i: number): string => (i === ALL ? `${id}-option-all` : i === NEW ? `${id}-option-new` : `${id}-option-${i}`);
  /** The typed text a NEW row would add: no option has it as its label (any case). */
  const newText = (): string | null => {
    const text = filtering ? input.value.trim() : "";
    if (!config.addNew || !text) return null;
    const lower = text.toLowerCase();
    return options.some((o) => o.toLowerCase() === lower) ? null : text;
  };
  const isOpen = (): boolean => !list.hidden;

  const markActive = (): void => {
    list.querySelectorAll(".active").forEach((node) => node.classList.remove("active"));
    if (active < 0 || active >= shown.length) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    const node = document.getElementById(optionId(shown[active]));
    node?.classList.add("active");
    input.setAttribute("aria-activedescendant", optionId(shown[active]));
    node?.scrollIntoView?.({ block: "nearest" });
  };

  const redraw = (): void => {
    const query = filtering ? input.value.trim().toLowerCase() : "";
    matches = config.offered().filter((i) => !query || options[i].toLowerCase().includes(query));
    const all = matches.length > 1 ? config.all?.(matches, Boolean(query)) ?? null : null;
    const added = newText();
    shown = [...(added ? [NEW] : []), ...(all ? [ALL] : []), ...matches];
    if (active >= shown.length) active = shown.length - 1;
    list.replaceChildren(
      ...shown.map((i) => {
        const item = h("li", {
          id: optionId(i),
          role: "option",
          class: `ost-combo-option${i === ALL ? " ost-combo-all" : i === NEW ? " ost-combo-new" : ""}`,
          "aria-selected": String(i >= 0 && config.selected(i)),
          text: i === ALL ? all : i === NEW ? `Add: ${added}` : options[i],
        });
        // Keep focus in the input: the click picks, the input keeps the caret.
        item.addEventListener("mousedown", (event) => event.preventDefault());
        item.addEventListener("click", () => choose(i));
        item.addEventListener("mousemove", () => {
          if (shown[active] === i) return;
          active = shown.indexOf(i);
          markActive();
        });
        return item;
      }),
    );
    if (!shown.length) list.append(h("li", { class: "ost-combo-empty", role: "presentation", text: config.empty() }));
    markActive();
  };

  const choose = (i: number): void => {
    if (i === ALL) config.pickAll?.(matches);
    else if (i === NEW) {
      const text = newText();
      if (text) config.addNew?.(text);
    } else config.pick(i);
  };
  /** Enter on typed text: the option it names (any case), else a new one, else the first match. */
  const chooseTyped = (): boolean => {
    const text = input.value.trim();
    if (!text) return false;
    const lower = text.toLowerCase();
    const named = matches.find((i) => options[i].toLowerCase() === lower);
    if (named !== undefined) choose(named);
    else if (newText()) choose(NEW);
    else if (matches.length) choose(matches[0]);
    else return false;
    return true;
  };

  const open = (): void => {
    if (input.disabled) return;
    if (isOpen()) {
      redraw();
      return;
    }
    config.opened?.();
    filtering = !config.showsValue;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    input.closest(".ost-widget")?.classList.add("open");
    // The chosen option is the active one (a selectbox's ArrowDown goes on from it).
    active = -1;
    redraw();
    active = shown.findIndex((i) => i >= 0 && config.selected(i));
    markActive();
  };
  const close = (): void => {
    if (!isOpen()) return;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    input.closest(".ost-widget")?.classList.remove("open");
    active = -1;
    config.closed?.();
  };

  input.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    const move = (to: number): void => {
      event.preventDefault();
      if (!isOpen()) {
        open();
        return;
      }
      if (!shown.length) return;
      active = Math.max(0, Math.min(shown.length - 1, to));
      markActive();
    };
    switch (event.key) {
      case "ArrowDown":
        move(active + 1);
        break;
      case "ArrowUp":
        move(active - 1);
        break;
      case "PageDown":
        move(active + 10);
        break;
      case "PageUp":
        move(active - 10);
        break;
      case "Enter":
        // Enter never submits a surrounding form from here.
        event.preventDefault();
        event.stopPropagation();
        if (isOpen() && active >= 0 && active < shown.length) choose(shown[active]);
        // Typed a filter and pressed Enter: the option typed, a new one, or the first match.
        else if (isOpen() && filtering && chooseTyped()) break;
        else open();
        break;
      case "Escape":
        if (isOpen()) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  });
  input.addEventListener("input", () => {
    filtering = true;
    active = -1;
    if (!isOpen()) open();
    else redraw();
  });
  input.addEventListener("mousedown", () => {
    if (input.disabled) return;
    if (isOpen() && document.activeElement === input) close();
    else open();
  });
  input.addEventListener("focus", () => {
    if (openAgain.delete(id)) open();
  });
  input.addEventListener("blur", () => {
    if (swapping) {
      if (isOpen()) openAgain.add(id);
      return;
    }
    openAgain.delete(id);
    close();
  });
  return { input, list, open, close, isOpen, redraw };
}

/** A decorative chevron that opens and closes the list without taking focus. */
export function chevron(target: Combo): HTMLElement {
  const button = h("span", { class: "ost-combo-chevron", "aria-hidden": "true" });
  button.addEventListener("mousedown", (event) => {
    event.preventDefault();
    if (target.input.disabled) return;
    if (target.isOpen()) target.close();
    else {
      target.input.focus();
      target.open();
    }
  });
  return button;
}
