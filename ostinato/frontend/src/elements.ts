// Display elements: text, code, metrics, alerts, exceptions, tables, page links.

import { renderDataframe, type RowsSource } from "./dataframe";
import { h, helpBadge, withIcon } from "./dom";
import { renderHelp } from "./help";
import type { AlertEl, DisplayEl, ExceptionEl, MarkdownEl, MetricEl, PageLinkEl, Path } from "./protocol";

export interface DisplayActions extends RowsSource {
  navigate(page: string): void;
}

export function renderDisplay(el: DisplayEl, path: Path, actions: DisplayActions): HTMLElement {
  switch (el.type) {
    case "markdown":
      return markdown(el);
    case "text":
      return h("pre", { class: "ost-text", text: el.body });
    case "code":
      return h(
        "pre",
        { class: "ost-code", "data-language": el.language ?? null },
        h("code", { class: el.language ? `language-${el.language}` : null, text: el.body }),
      );
    case "json":
      return h("pre", { class: "ost-json", text: el.body });
    case "divider":
      return h("hr", { class: "ost-divider" });
    case "metric":
      return metric(el);
    case "alert":
      return alert(el);
    case "exception":
      return exception(el);
    case "dataframe":
      return renderDataframe(el, path, actions);
    case "page_link":
      return pageLink(el, actions);
    case "help":
      return renderHelp(el);
    case "nothing":
      return h("div", { class: "ost-nothing", hidden: true });
    default:
      return h("div", { class: "ost-unknown", text: `Unknown element: ${(el as { type: string }).type}` });
  }
}

const HEADINGS = { title: "h1", header: "h2", subheader: "h3" } as const;

function markdown(el: MarkdownEl): HTMLElement {
  let node: HTMLElement;
  if (el.kind === "title" || el.kind === "header" || el.kind === "subheader") {
    node = h(HEADINGS[el.kind], { class: `ost-markdown ost-${el.kind}`, html: el.html });
  } else if (el.kind === "caption") {
    node = h("div", { class: "ost-markdown ost-caption" }, h("small", { html: el.html }));
  } else {
    node = h("div", { class: "ost-markdown", html: el.html });
  }
  return el.help ? h("div", { class: "ost-with-help" }, node, helpBadge(el.help)) : node;
}

function metric(el: MetricEl): HTMLElement {
  const delta = el.delta === null || el.delta === undefined || el.delta === "" ? null : String(el.delta);
  let tone = "off";
  let arrow = "";
  if (delta !== null) {
    const down = delta.trim().startsWith("-");
    arrow = down ? "▼" : "▲";
    if (el.delta_color !== "off") tone = down === (el.delta_color === "inverse") ? "good" : "bad";
  }
  return h(
    "div",
    { class: `ost-metric${el.border ? " ost-border" : ""}`, title: el.help ?? null },
    h("div", { class: "ost-metric-label", text: el.label }),
    h("div", { class: "ost-metric-value", text: el.value }),
    delta !== null &&
      h(
        "div",
        { class: `ost-metric-delta ${tone}` },
        h("span", { "aria-hidden": "true", text: `${arrow} ` }),
        delta.replace(/^\s*[+-]\s*/, (sign) => (sign.includes("-") ? "−" : "+")),
      ),
  );
}

const ALERT_ICONS: Record<AlertEl["kind"], string> = { success: "✓", info: "i", warning: "!", error: "×" };

function alert(el: AlertEl): HTMLElement {
  return h(
    "div",
    { class: `ost-alert ost-alert-${el.kind}`, role: el.kind === "error" || el.kind === "warning" ? "alert" : "status" },
    h("span", { class: `ost-alert-icon${el.icon ? " custom" : ""}`, "aria-hidden": "true", text: el.icon || ALERT_ICONS[el.kind] }),
    h("div", { class: "ost-alert-body", html: el.html }),
  );
}

function exception(el: ExceptionEl): HTMLElement {
  const trace = el.traceback ?? [];
  return h(
    "div",
    { class: "ost-exception", role: "alert" },
    h("div", { class: "ost-exception-head" }, h("strong", { text: el.exc_type }), `: ${el.message}`),
    trace.length > 0 && h("pre", { class: "ost-traceback", text: `Traceback:\n${trace.join("\n")}` }),
  );
}

function pageLink(el: PageLinkEl, actions: DisplayActions): HTMLElement {
  const link = h("a", { class: "ost-page-link", href: el.href, title: el.help, text: withIcon(el.label, el.icon) });
  if (el.disabled) {
    link.setAttribute("aria-disabled", "true");
    link.removeAttribute("href");
  } else if (el.external) {
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  } else {
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      actions.navigate(el.url_path);
    });
  }
  return link;
}
