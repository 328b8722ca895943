// The deck.gl chunk (loaded by elements/deck_gl_json_chart.ts with import() when a page
// first shows st.pydeck_chart): deck.gl's core, its layers and its JSON converter,
// bundled. No base map is drawn (nothing is fetched): layers show on the box's plain
// background.

import { Deck, FirstPersonView, MapView, OrbitView, OrthographicView } from "@deck.gl/core";
import * as layers from "@deck.gl/layers";
import { JSONConverter } from "@deck.gl/json";

const converter = new JSONConverter({
  configuration: {
    classes: { ...layers, MapView, OrbitView, OrthographicView, FirstPersonView },
  },
});

/** What a click picked: the layer's id, the object's index and the object. */
export interface Picked {
  layer: string;
  index: number;
  object: unknown;
}

export interface DeckHandle {
  /** Draw a new spec in the same deck (deck.gl keeps layers with the same id). */
  set(spec: Record<string, unknown>): void;
  layerCount(): number;
  finalize(): void;
}

/** A deck in `parent` drawing `spec` (pydeck's JSON); `tooltip` is pydeck's tooltip
 * (true, or {text}/{html} with {field} placeholders), shown as plain text. */
export function create(parent: HTMLElement, spec: Record<string, unknown>, tooltip: unknown, onPick: ((picked: Picked) => void) | null): DeckHandle {
  const props = (s: Record<string, unknown>): Record<string, unknown> => {
    const converted = converter.convert(strip(s)) as Record<string, unknown>;
    return { ...converted, initialViewState: converted.initialViewState ?? { latitude: 0, longitude: 0, zoom: 1 } };
  };
  let current = props(spec);
  const deck = new Deck({
    parent,
    ...current,
    controller: (current.controller as boolean | undefined) ?? true,
    // Marks the box once drawn (a browser test clicks a point only after that).
    onAfterRender: () => {
      if (parent.dataset.rendered === undefined) parent.dataset.rendered = "";
    },
    getTooltip: tooltip ? (info: { object?: unknown }) => tooltipText(tooltip, info.object) : undefined,
    onClick: onPick
      ? (info: { layer?: { id: string } | null; index: number; object?: unknown }) => {
          if (info.layer && info.index >= 0) onPick({ layer: info.layer.id, index: info.index, object: info.object });
        }
      : undefined,
  } as never);
  return {
    set(next) {
      current = props(next);
      deck.setProps(current as never);
    },
    layerCount: () => ((current.layers as unknown[] | undefined) ?? []).length,
    finalize: () => deck.finalize(),
  };
}

/** Base map settings deck.gl would try to fetch tiles for are left out. */
function strip(spec: Record<string, unknown>): Record<string, unknown> {
  const { mapStyle: _style, mapProvider: _provider, ...rest } = spec;
  return rest;
}

function tooltipText(tooltip: unknown, object: unknown): { text: string } | null {
  if (!object || typeof object !== "object") return null;
  const fields = object as Record<string, unknown>;
  if (tooltip === true) return { text: Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n") };
  const t = tooltip as { text?: string; html?: string };
  const template = t.text ?? (t.html ?? "").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "");
  return { text: template.replace(/\{([^{}]+)\}/g, (_, name: string) => String(fields[name.trim()] ?? "")) };
}
