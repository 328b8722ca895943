// Widget values the page sends: changes not yet sent, changes held by forms until
// they are submitted, and values sent that the server has not drawn yet.

import type { RerunMsg, WidgetEl, WireValue } from "./protocol";

interface Sent {
  value: WireValue;
  /** The last run that had started when the value was sent. */
  afterRun: number;
}

export class Changes {
  /** Changed since the last rerun sent (kept while the link is down). */
  private pending = new Map<string, WireValue>();
  private triggers: string[] = [];
  private page: string | undefined;
  private wanted = false;
  /** Per form: changes waiting for the form's submit button. */
  private forms = new Map<string, Map<string, WireValue>>();
  /** Forms just submitted → the last run started before; a clear_on_submit form
   * shows its widgets' defaults from the next run on (held until its next submit). */
  private submitted = new Map<string, number>();
  private sent = new Map<string, Sent>();
  private lastRun = -1;

  /** `deliver` returns false when the message could not be sent. */
  constructor(private readonly deliver: (message: RerunMsg) => boolean) {}

  /** The user changed a widget. */
  change(id: string, value: WireValue, formId?: string | null): void {
    if (formId) {
      const held = this.forms.get(formId) ?? new Map<string, WireValue>();
      held.set(id, value);
      this.forms.set(formId, held);
      return;
    }
    this.pending.set(id, value);
    this.request();
  }

  /** A change that waits for the next rerun (st.data_editor's on_change="ignore"). */
  hold(id: string, value: WireValue): void {
    this.pending.set(id, value);
  }

  /** The user clicked a button; a form's submit button sends the form's changes. */
  trigger(id: string, formId?: string | null, submit = false): void {
    if (submit && formId) {
      for (const [wid, value] of this.forms.get(formId) ?? []) this.pending.set(wid, value);
      this.forms.delete(formId);
      this.submitted.set(formId, this.lastRun);
    }
    this.triggers.push(id);
    this.request();
  }

  /** Move to another page (with whatever changed). */
  navigate(page: string): void {
    this.page = page;
    this.request();
  }

  /** An empty rerun (or one with what is pending). */
  rerun(): void {
    this.request();
  }

  private request(): void {
    this.wanted = true;
    this.flush();
  }

  /** Send what waits, if anything; called again once the link is back. */
  flush(): void {
    if (!this.wanted) return;
    const message: RerunMsg = { t: "rerun", changes: Object.fromEntries(this.pending), triggers: this.triggers };
    if (this.page !== undefined) message.page = this.page;
    if (!this.deliver(message)) return;
    for (const [id, value] of this.pending) this.sent.set(id, { value, afterRun: this.lastRun });
    this.pending.clear();
    this.triggers = [];
    this.page = undefined;
    this.wanted = false;
  }

  /** Forget what waits to be sent and what forms hold (the session they were
   * meant for is gone). */
  drop(): void {
    this.pending.clear();
    this.triggers = [];
    this.page = undefined;
    this.wanted = false;
    this.forms.clear();
    this.submitted.clear();
    this.sent.clear();
    this.lastRun = -1;
  }

  runStarted(run: number): void {
    this.lastRun = Math.max(this.lastRun, run);
  }

  /** Values sent before `run` began are known to the server once it ends. */
  runFinished(run: number): void {
    for (const [id, sent] of this.sent) if (sent.afterRun < run) this.sent.delete(id);
    for (const [form, before] of this.submitted) if (before < run) this.submitted.delete(form);
  }

  /** The widget as the page should draw it in a delta of `run`: a run that began
   * before the user's change was sent still carries the old value, so the value
   * the user chose (sent, pending, or held by a form) wins until a newer run. */
  shown<W extends WidgetEl>(el: W, run: number): W {
    if (el.form_id && el.default !== undefined && run > (this.submitted.get(el.form_id) ?? run)) {
      const cleared = this.forms.get(el.form_id) ?? new Map<string, WireValue>();
      this.forms.set(el.form_id, cleared);
      if (!cleared.has(el.id)) {
        cleared.set(el.id, el.default);
        // Marked so the tree redraws it even if the JSON it last drew had this value:
        // the control may still show what the user typed before the submit.
        return { ...el, value: el.default, cleared: run };
      }
    }
    const held = el.form_id ? this.forms.get(el.form_id) : undefined;
    if (held?.has(el.id)) return { ...el, value: held.get(el.id) };
    if (this.pending.has(el.id)) return { ...el, value: this.pending.get(el.id) };
    const sent = this.sent.get(el.id);
    if (!sent) return el;
    if (run > sent.afterRun) {
      this.sent.delete(el.id);
      return el;
    }
    return { ...el, value: sent.value };
  }
}
