// Containers: vertical blocks, rows of columns, tabs, expanders, popovers, forms.

import { h, withIcon } from "./dom";
import type { BlockEl, Path } from "./protocol";
import type { Rendered } from "./tree";

/** What the user opened or chose, by container path, kept across re-renders. */
const openByPath = new Map<string, boolean>();
const tabByPath = new Map<string, number>();

export function renderBlock(el: BlockEl, path: Path): Rendered {
  const key = path.join(".");
  switch (el.kind) {
    case "horizontal": {
      const root = h("div", { class: `ost-row gap-${el.gap ?? "small"} align-${el.vertical_alignment ?? "top"}` });
      return { root, body: root };
    }
    case "column": {
      const root = h("div", { class: `ost-col${el.border ? " ost-border" : ""}` });
      root.style.flex = `${Number(el.weight) || 1} 1 0`;
      return { root, body: root };
    }
    case "tabs":
      return tabs(el.labels ?? [], key);
    case "tab": {
      const root = h("div", { class: "ost-tab-panel", role: "tabpanel", tabindex: 0 });
      return { root, body: root };
    }
    case "expander": {
      const body = h("div", { class: "ost-details-body" });
      const root = h(
        "details",
        { class: "ost-expander" },
        h("summary", { text: withIcon(el.label, el.icon) }),
        body,
      );
      root.open = openByPath.get(key) ?? Boolean(el.expanded);
      root.addEventListener("toggle", () => openByPath.set(key, root.open));
      return { root, body };
    }
    case "popover":
      return popover(el.label, el.icon, el.help, Boolean(el.disabled));
    case "form":
      return form(el.form_id, el.border, el.enter);
    case "vertical": {
      const root = h("div", { class: `ost-block${el.border ? " ost-border" : ""}` });
      if (el.height) {
        root.style.maxHeight = `${Number(el.height)}px`;
        root.classList.add("ost-scroll");
      }
      return { root, body: root };
    }
    default: {
      const root = h("div", { class: `ost-block ost-${el.kind}` });
      return { root, body: root };
    }
  }
}

function tabs(labels: string[], key: string): Rendered {
  const list = h("div", { class: "ost-tablist", role: "tablist" });
  const body = h("div", { class: "ost-tabpanels" });
  const root = h("div", { class: "ost-tabs" }, list, body);
  const tabId = (i: number): string => `ost-tab-${key}-${i}`;
  const buttons = labels.map((label, i) =>
    h("button", { type: "button", role: "tab", class: "ost-tab", id: tabId(i), text: label }),
  );
  const refresh = (): void => {
    const selected = Math.min(tabByPath.get(key) ?? 0, Math.max(labels.length - 1, 0));
    buttons.forEach((tab, i) => {
      tab.setAttribute("aria-selected", String(i === selected));
      tab.tabIndex = i === selected ? 0 : -1;
    });
    Array.from(body.children).forEach((panel, i) => {
      (panel as HTMLElement).hidden = i !== selected;
      panel.setAttribute("aria-labelledby", tabId(i));
    });
  };
  const choose = (i: number, focus: boolean): void => {
    tabByPath.set(key, i);
    refresh();
    if (focus) buttons[i].focus();
  };
  buttons.forEach((tab, i) => {
    tab.addEventListener("click", () => choose(i, false));
    tab.addEventListener("keydown", (event) => {
      const n = labels.length;
      const to: Record<string, number> = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 };
      if (!(event.key in to)) return;
      event.preventDefault();
      choose(to[event.key], true);
    });
  });
  list.append(...buttons);
  refresh();
  return { root, body, refresh };
}

function popover(label: string, icon: string | null | undefined, help: string | null | undefined, disabled: boolean): Rendered {
  const summary = h("summary", { class: "ost-button kind-secondary", text: withIcon(label, icon), title: help ?? null });
  const body = h("div", { class: "ost-details-body" });
  const root = h("details", { class: "ost-popover" }, summary, body);
  if (disabled) {
    summary.setAttribute("aria-disabled", "true");
    summary.tabIndex = -1;
    summary.addEventListener("click", (event) => event.preventDefault());
  }
  const closeOutside = (event: Event): void => {
    if (!root.isConnected) document.removeEventListener("pointerdown", closeOutside);
    else if (root.open && !root.contains(event.target as Node)) root.open = false;
  };
  document.addEventListener("pointerdown", closeOutside);
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !root.open) return;
    root.open = false;
    summary.focus();
  });
  return { root, body };
}

/** After a run, a form without a submit button says so inside itself (its values
 * could never be sent); as in Streamlit the notice is the page's, not an element. */
export function flagFormsWithoutSubmit(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form.ost-form")) {
    const missing = !form.querySelector('[data-testid="ost-form_submit_button"]');
    let notice = form.querySelector<HTMLElement>(":scope > .ost-form-no-submit");
    if (missing && !notice) {
      notice = h(
        "div",
        { class: "ost-alert ost-alert-error ost-form-no-submit", role: "alert" },
        h("div", {
          class: "ost-alert-body",
          text: `This form has no submit button, so its values can never be sent. Add st.form_submit_button() inside it.`,
        }),
      );
      form.append(notice);
    } else if (!missing && notice) {
      notice.remove();
    }
  }
}

function form(formId: string, border: boolean, enter: boolean): Rendered {
  const root = h("form", { class: `ost-form${border ? " ost-border" : ""}`, "data-form-id": formId, novalidate: true });
  root.addEventListener("submit", (event) => event.preventDefault());
  // Enter in a one-line input submits the form, after the input recorded its value.
  root.addEventListener("keydown", (event) => {
    const target = event.target;
    if (!enter || event.key !== "Enter" || !(target instanceof HTMLInputElement)) return;
    if (target.closest("form") !== root) return;
    const submit = root.querySelector<HTMLButtonElement>('[data-testid="ost-form_submit_button"] button:not(:disabled)');
    submit?.click();
  });
  return { root, body: root };
}
