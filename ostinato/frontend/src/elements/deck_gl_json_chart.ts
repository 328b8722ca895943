// st.pydeck_chart: pydeck's JSON drawn by deck.gl from its lazy chunk (lazy/deck.ts),
// on the theme's plain background (no base map tiles). With on_select a click picks
// an object (single-object replaces the selection, multi-object adds or removes it)
// and the picked objects by layer are the widget's value, as Streamlit's.

import { ChartsByPath, failed, type LiveChart } from "../charts";
import type { WidgetEl } from "../protocol";
import { registerElement, type Actions } from "../registry";

interface DeckEl {
  type: "deck_gl_json_chart";
  spec: Record<string, unknown>;
  tooltip: unknown;
  width: "stretch" | number;
  height: "stretch" | number;
  alt?: string | null;
  selection_mode?: "single-object" | "multi-object";
  id?: string;
  form_id?: string | null;
  value?: { selection?: Selection } | null;
}

interface Selection {
  indices: Record<string, number[]>;
  objects: Record<string, unknown[]>;
}

type Chunk = typeof import("../lazy/deck");
let chunk: Promise<Chunk> | null = null;
/** The chunk, fetched once (again after a failed fetch). */
const load = (): Promise<Chunk> =>
  (chunk ??= import("../lazy/deck").catch((error: unknown) => {
    chunk = null;
    throw error;
  }));

class DeckChart implements LiveChart<DeckEl> {
  readonly root: HTMLElement;
  private deck: import("../lazy/deck").DeckHandle | null = null;
  private drawn = "";
  private generation = 0;
  private selection: Selection = { indices: {}, objects: {} };

  constructor(
    private el: DeckEl,
    private actions: Actions,
  ) {
    this.root = document.createElement("div");
    this.root.className = "ost-deck";
    this.update(el, actions);
  }

  update(el: DeckEl, actions: Actions = this.actions): void {
    this.el = el;
    this.actions = actions;
    this.selection = structuredClone(el.value?.selection ?? { indices: {}, objects: {} });
    this.root.style.width = typeof el.width === "number" ? `${el.width}px` : "";
    this.root.style.height = `${typeof el.height === "number" ? el.height : 500}px`;
    this.root.setAttribute("role", "img");
    if (el.alt) this.root.setAttribute("aria-label", el.alt);
    const text = JSON.stringify([el.spec, el.tooltip, el.selection_mode ?? null]);
    if (text === this.drawn) return;
    const sameShape = this.deck !== null && JSON.stringify([el.tooltip, el.selection_mode ?? null]) === JSON.stringify(JSON.parse(this.drawn || "[null,null,null]").slice(1));
    this.drawn = text;
    void this.draw(sameShape);
  }

  retheme(): void {}

  dispose(): void {
    this.generation++;
    this.deck?.finalize();
    this.deck = null;
  }

  private async draw(inPlace: boolean): Promise<void> {
    const generation = ++this.generation;
    try {
      const m = await load();
      if (generation !== this.generation) return;
      if (inPlace && this.deck) {
        this.deck.set(this.el.spec);
      } else {
        this.deck?.finalize();
        this.root.replaceChildren();
        const pick = this.el.id ? (picked: import("../lazy/deck").Picked) => this.picked(picked) : null;
        this.deck = m.create(this.root, this.el.spec, this.el.tooltip, pick);
      }
      this.root.dataset.layers = String(this.deck.layerCount());
    } catch (error) {
      if (generation !== this.generation) return;
      this.drawn = "";
      this.deck = null;
      failed(this.root, "deck.gl chart", error);
    }
  }

  private picked({ layer, index, object }: import("../lazy/deck").Picked): void {
    if (!this.el.id) return;
    const multi = this.el.selection_mode === "multi-object";
    const next: Selection = multi ? structuredClone(this.selection) : { indices: {}, objects: {} };
    const indices = next.indices[layer] ?? [];
    const objects = next.objects[layer] ?? [];
    const at = indices.indexOf(index);
    if (at >= 0 && multi) {
      indices.splice(at, 1);
      objects.splice(at, 1);
    } else if (at < 0) {
      indices.push(index);
      objects.push(JSON.parse(JSON.stringify(object ?? null)));
    }
    if (indices.length) {
      next.indices[layer] = indices;
      next.objects[layer] = objects;
    } else {
      delete next.indices[layer];
      delete next.objects[layer];
    }
    this.selection = next;
    this.actions.change(this.el as unknown as WidgetEl, { selection: next } as never);
  }
}

let actionsNow: Actions | null = null;
const decks = new ChartsByPath<DeckEl>((el) => new DeckChart(el, actionsNow!));
registerElement(
  "deck_gl_json_chart",
  (el, path, actions) => {
    actionsNow = actions;
    return decks.render(el as unknown as DeckEl, path);
  },
  { afterRun: decks.sweep },
);
