// A widget's new value: sent for a rerun, or with on_change="ignore" (outside a
// form) kept for the next rerun something else asks for, as Streamlit 1.67 does.

import type { WidgetEl, WireValue } from "./protocol";
import type { Actions } from "./registry";

export function commit(el: WidgetEl & { ignore_rerun?: boolean }, actions: Actions, value: WireValue): void {
  if (el.ignore_rerun && !el.form_id && actions.hold) actions.hold(el, value);
  else actions.change(el, value);
}
