// The messages and elements of docs/PROTOCOL.md (version 1).

export type Path = number[];

// ---- Elements -------------------------------------------------------------

export interface MarkdownEl {
  type: "markdown";
  kind: "markdown" | "title" | "header" | "subheader" | "caption";
  html: string;
  body: string;
  help?: string | null;
}
export interface TextEl { type: "text"; body: string }
export interface CodeEl { type: "code"; body: string; language: string | null }
export interface JsonEl { type: "json"; body: string }
export interface MetricEl {
  type: "metric";
  label: string;
  value: string;
  delta: string | null;
  delta_color: "normal" | "inverse" | "off";
  delta_arrow?: "auto" | "up" | "down" | "off";
  /** The value as `format` shows it (a number with a format), else null. */
  display?: string | null;
  delta_description?: string | null;
  help?: string | null;
  icon?: string | null;
  border?: boolean;
  width?: "stretch" | "content" | number;
  /** Sparkline points (null: a gap); drawn as `chart_type`. */
  chart_data?: (number | null)[] | null;
  chart_type?: "line" | "bar" | "area";
}
export interface DividerEl { type: "divider" }
export interface AlertEl {
  type: "alert";
  kind: "success" | "info" | "warning" | "error";
  html: string;
  icon?: string | null;
}
export interface ExceptionEl { type: "exception"; exc_type: string; message: string; traceback: string[] }
export type Cell = string | number | boolean | null | object;
/** A column of st.dataframe / st.table, as ostinato/elements/table_columns.py describes it. */
export interface TableColumn {
  /** The data's column name ("_index" for index columns): what selections name. */
  name: string;
  label: string;
  /** "text", "number", "checkbox", "list", "link", "line_chart", "progress", … */
  kind: string;
  align: "left" | "center" | "right";
  index: boolean;
  width: "small" | "medium" | "large" | number | null;
  help: string | null;
  pinned: boolean;
  color?: string | null;
  y_min?: number | null;
  y_max?: number | null;
}
/** A window of rows of a table's current view (sorted, searched). */
export interface RowsPart {
  start: number;
  /** Rows in the view (all rows unless searched). */
  total: number;
  /** Each row's position in the data (what selections name). */
  ids: number[];
  rows: Cell[][];
  /** A Styler's CSS per cell, when there is one. */
  styles?: (string | null)[][];
}
export interface DataframeEl extends RowsPart {
  type: "dataframe";
  id?: string;
  key?: string | null;
  columns: TableColumn[];
  total_rows: number;
  width: "stretch" | "content" | number;
  height: "auto" | "content" | "stretch" | number;
  row_height: number;
  placeholder: string | null;
  alt: string | null;
  digest: string;
  /** With on_select: the modes allowed, and the widget's value. */
  selection_mode?: string[];
  value?: { selection: { rows: number[]; columns: string[]; cells: [number, string][] } };
  form_id?: string;
}
export interface TableEl {
  type: "table";
  columns: TableColumn[];
  rows: Cell[][];
  styles: (string | null)[][] | null;
  total_rows: number;
  border: boolean | "horizontal";
  width: "stretch" | "content" | number;
  height: "content" | "stretch" | number;
  hide_header: boolean;
  caption: string | null;
  alt: string | null;
}
export interface PageLinkEl {
  type: "page_link";
  href: string;
  url_path: string;
  external: boolean;
  label: string;
  icon: string | null;
  icon_position?: "left" | "right";
  help: string | null;
  disabled: boolean;
  width?: "stretch" | "content" | number;
  /** The query string the link adds to the page's URL (query_params). */
  query?: string;
}
export interface NothingEl { type: "nothing" }
export interface HelpMember { name: string; type: string; value: string }
export interface HelpEl {
  type: "help";
  name: string;
  obj_type: string;
  summary: string;
  doc: string;
  members: HelpMember[];
}

/** One image of st.image; `caption_html` is its caption rendered (Markdown). */
export interface ImageItem { url: string; caption: string; caption_html: string; alt: string | null }
/** "content" (natural size, at most the column), "stretch" or pixels. */
export type MediaWidth = "content" | "stretch" | number;
export interface ImageEl { type: "image"; images: ImageItem[]; width: MediaWidth; link: string | null }
interface PlayerBase {
  url: string;
  format: string;
  start_time: number;
  end_time: number | null;
  loop: boolean;
  autoplay: boolean;
  alt: string | null;
  width: MediaWidth;
}
export interface AudioEl extends PlayerBase { type: "audio" }
export interface SubtitleTrack { label: string; url: string }
export interface VideoEl extends PlayerBase {
  type: "video";
  kind: "native" | "youtube";
  muted: boolean;
  subtitles: SubtitleTrack[];
}
export interface PdfEl { type: "pdf"; url: string; height: number | "stretch"; alt: string | null }
export type MediaEl = ImageEl | AudioEl | VideoEl | PdfEl;

/** st.badge: a coloured pill (`color` "primary" or one of Markdown's colours). */
export interface BadgeEl {
  type: "badge";
  label: string;
  icon: string | null;
  color: "red" | "orange" | "yellow" | "blue" | "green" | "violet" | "gray" | "primary";
  help: string | null;
  width: "content" | "stretch" | number;
}
/** st.space: a named size (rem given) or "stretch" or pixels, along the parent's direction. */
export interface SpaceEl { type: "space"; size: string | number; rem: number | null }

/** st.iframe, st.components.v1.html / .iframe: a URL (`src`) or a document (`srcdoc`). */
export interface IframeEl {
  type: "iframe";
  src: string | null;
  srcdoc: string | null;
  width: number | "stretch" | "content";
  height: number | "stretch" | "content";
  scrolling: boolean;
  tab_index: number | null;
  title: string;
}

export type DisplayEl =
  | MarkdownEl | TextEl | CodeEl | JsonEl | MetricEl | DividerEl | AlertEl
  | ExceptionEl | DataframeEl | TableEl | PageLinkEl | NothingEl | HelpEl | IframeEl | MediaEl | BadgeEl | SpaceEl;

/** A named gap (Streamlit 1.67's sizes), pixels, or none. */
export type Gap = "xxsmall" | "xsmall" | "small" | "medium" | "large" | "xlarge" | "xxlarge" | number | null;
export type Size = "stretch" | "content" | number;

/** st.container's layout (Streamlit 1.67's flex container parameters). */
export interface FlexLayout {
  width?: Size;
  height_mode?: Size;
  horizontal?: boolean;
  wrap?: boolean;
  horizontal_alignment?: "left" | "center" | "right" | "distribute";
  vertical_alignment?: "top" | "center" | "bottom" | "distribute";
  gap?: Gap;
  autoscroll?: boolean | null;
  key?: string | null;
}

/** A container that is also a widget (tabs, expander, popover with on_change):
 * `value` is what is open, sent back with its `id` when the user changes it. */
export interface StatefulBlock<V> {
  stateful?: boolean;
  id?: string;
  value?: V;
  form_id?: string | null;
  key?: string | null;
}

export type BlockEl = { type: "block" } & (
  | ({ kind: "vertical"; border?: boolean; height?: number | null } & FlexLayout)
  | { kind: "horizontal"; gap?: Gap; vertical_alignment?: "top" | "center" | "bottom"; width?: "stretch" | number; wrap?: boolean }
  | { kind: "column"; weight: number; border?: boolean }
  | ({ kind: "tabs"; labels: string[]; default?: number; width?: "stretch" | number; height?: Size } & StatefulBlock<string>)
  | { kind: "tab"; label: string }
  | ({ kind: "expander"; label: string; expanded: boolean; icon?: string | null; variant?: "default" | "compact" | "step"; width?: "stretch" | number } & StatefulBlock<boolean>)
  | ({ kind: "popover"; label: string; help?: string | null; icon?: string | null; disabled?: boolean; variant?: "primary" | "secondary" | "tertiary"; width?: Size; wrap?: boolean | null } & StatefulBlock<boolean>)
  | { kind: "form"; form_id: string; border: boolean; enter: boolean }
  | { kind: "empty" }
  | { kind: "chat_message"; name: string; avatar: string; avatar_type: "icon" | "emoji" | "image"; width: "stretch" | "content" | number }
  | { kind: "main" | "sidebar" | "bottom" }
  /** Where a fragment's writes to a container made outside it go (no look of its own). */
  | { kind: "transparent" }
  | {
      kind: "dialog";
      title: string;
      title_html: string;
      icon: string | null;
      width: "small" | "medium" | "large" | number;
      position: "left" | "center" | "right";
      dismissible: boolean;
      /** The trigger to fire when the user closes it (on_dismiss), or null. */
      dismiss: string | null;
      /** The run that opened it (a new run opening it again draws it again). */
      opened: number;
    }
);
export type BlockKind = BlockEl["kind"];

/** Fields every widget has. */
export interface WidgetBase {
  id: string;
  key?: string | null;
  /** True when the key was made by the framework (a submit button's), not the app's. */
  auto_key?: boolean;
  label: string;
  /** The label's Markdown as HTML (rendered by the server), icon included. */
  label_html?: string;
  help: string | null;
  disabled: boolean;
  label_visibility: "visible" | "hidden" | "collapsed";
  form_id?: string | null;
  /** In a clear_on_submit form: the value shown once the form is submitted. */
  default?: WireValue;
  /** Set by the page on the run that clears the form (forces a redraw). */
  cleared?: number;
}

export interface ButtonEl extends WidgetBase {
  type: "button" | "form_submit_button";
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  value?: null;
}
export interface DownloadButtonEl extends WidgetBase {
  type: "download_button";
  url: string;
  file_name: string;
  mime: string;
  kind?: "primary" | "secondary" | "tertiary";
  icon?: string | null;
  value?: null;
}
export interface CheckboxEl extends WidgetBase { type: "checkbox" | "toggle"; value: boolean }
export interface RadioEl extends WidgetBase { type: "radio"; options: string[]; horizontal: boolean; value: number | null }
export interface SelectboxEl extends WidgetBase {
  type: "selectbox";
  options: string[];
  placeholder: string | null;
  /** Typing a text that is no option adds it (sent as the text, not an index). */
  accept_new_options?: boolean;
  value: number | string | null;
}
export interface MultiselectEl extends WidgetBase {
  type: "multiselect";
  options: string[];
  max_selections: number | null;
  placeholder?: string | null;
  accept_new_options?: boolean;
  /** Options' indexes, and texts added with accept_new_options. */
  value: (number | string)[];
}
export interface SliderEl extends WidgetBase {
  type: "slider";
  min: number;
  max: number;
  step: number;
  data_type: "int" | "float" | "date" | "time" | "datetime";
  range: boolean;
  format?: string | null;
  value: number | [number, number];
}
export interface SelectSliderEl extends WidgetBase {
  type: "select_slider";
  options: string[];
  range: boolean;
  value: number | [number, number];
}
export interface TextInputEl extends WidgetBase {
  type: "text_input";
  placeholder: string | null;
  max_chars: number | null;
  password: boolean;
  value: string | null;
}
export interface TextAreaEl extends WidgetBase {
  type: "text_area";
  placeholder: string | null;
  max_chars: number | null;
  height: number | null;
  value: string | null;
}
export interface NumberInputEl extends WidgetBase {
  type: "number_input";
  min: number | null;
  max: number | null;
  step: number | null;
  data_type: "int" | "float";
  format?: string | null;
  placeholder?: string | null;
  value: number | null;
}
export interface DateInputEl extends WidgetBase {
  type: "date_input";
  min: string | null;
  max: string | null;
  range: boolean;
  value: string | string[] | null;
}
export interface TimeInputEl extends WidgetBase { type: "time_input"; step: number; value: string | null }
export interface ColorPickerEl extends WidgetBase { type: "color_picker"; value: string }
export interface UploadedFile { id: string; name: string; size: number; type: string }
export interface FileUploaderEl extends WidgetBase {
  type: "file_uploader";
  accept: string[] | null;
  multiple: boolean;
  max_upload_mb: number;
  upload_url: string;
  value: UploadedFile[] | null;
}

export interface ChatInputEl extends WidgetBase {
  type: "chat_input";
  placeholder: string;
  max_chars: number | null;
  accept_file: boolean | "multiple" | "directory";
  file_type: string[];
  max_upload_mb: number;
  submit_mode: "submit" | "disable" | "stop";
  width: "stretch" | number;
  height: "content" | "stretch" | number;
  /** At the top level of the main area: drawn in the area pinned to the bottom. */
  pinned: boolean;
  /** Text the app put in the field through Session State. */
  prefill: string | null;
  upload_url: string;
  value: null;
}

/** st.link_button: a link drawn as a button; a trigger too when `trigger` (on_click set). */
export interface LinkButtonEl extends WidgetBase {
  type: "link_button";
  /** The widget id ("" unless `trigger`). */
  url: string;
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  icon_position: "left" | "right";
  width: "content" | "stretch" | number;
  wrap: boolean | null;
  trigger: boolean;
  value?: null;
}

/** A DataFrame argument of a custom component: three Arrow IPC streams, base64. */
export interface ComponentTable { key: string; data: string; index: string; columns: string }
/** A declared custom component (st.components.v1.declare_component). */
export interface ComponentEl extends WidgetBase {
  type: "component_instance";
  component_name: string;
  url: string | null;
  /** Where the iframe loads the component from (the app's own path, or `url`). */
  src: string;
  /** Its JSON arguments, as the JSON text Streamlit sends. */
  json_args: string;
  /** Its bytes arguments, base64. */
  bytes_args: Record<string, string>;
  dfs: ComponentTable[];
  tab_index: number | null;
  /** The largest value (JSON text of its wire form) the page may send for it. */
  max_value_bytes: number;
  value?: WireValue;
}

/** st.pills / st.segmented_control: `value` the chosen options' indexes. */
export interface ButtonGroupEl extends WidgetBase {
  /** on_change="ignore": a change waits for the next rerun. */
  ignore_rerun?: boolean;
  type: "button_group";
  style: "pills" | "segmented_control";
  options: string[];
  options_html?: string[];
  multi: boolean;
  required: boolean;
  width: "content" | "stretch" | number;
  wrap: boolean | null;
  value: number[];
}
/** st.feedback: `value` the index chosen. */
export interface FeedbackEl extends WidgetBase {
  /** on_change="ignore": a change waits for the next rerun. */
  ignore_rerun?: boolean;
  type: "feedback";
  options: "thumbs" | "faces" | "stars";
  count: number;
  width: "content" | "stretch" | number;
  value: number | null;
}

/** st.datetime_input: `value`, `min`, `max` as "YYYY-MM-DDThh:mm". */
export interface DateTimeInputEl extends WidgetBase {
  /** on_change="ignore": a change waits for the next rerun. */
  ignore_rerun?: boolean;
  type: "date_time_input";
  min: string;
  max: string;
  step: number;
  format: string;
  required: boolean;
  width: "stretch" | number;
  value: string | null;
}

/** st.menu_button: `value` the index of the option clicked (for one run). */
export interface MenuButtonEl extends WidgetBase {
  type: "menu_button";
  options: string[];
  kind: "primary" | "secondary" | "tertiary";
  icon: string | null;
  width: "content" | "stretch" | number;
  wrap: boolean | null;
  value: number | null;
}
/** st.pagination: `value` the page, from 1. */
export interface PaginationEl extends WidgetBase {
  /** on_change="ignore": a change waits for the next rerun. */
  ignore_rerun?: boolean;
  type: "pagination";
  num_pages: number;
  default_page: number;
  max_visible_pages: number | null;
  width: "content" | "stretch" | number;
  value: number;
}

/** st.camera_input / st.audio_input: `value` the captured file (uploaded to `upload_url`). */
export interface CaptureEl extends WidgetBase {
  /** on_change="ignore": a change waits for the next rerun. */
  ignore_rerun?: boolean;
  type: "camera_input" | "audio_input";
  mime: string;
  upload_url: string;
  width: "stretch" | number;
  /** camera_input: the height to ask the camera for. */
  resolution_height?: number | null;
  /** audio_input: the recording's rate in Hz (null: the microphone's). */
  sample_rate?: number | null;
  value: UploadedFile[];
}

export type WidgetEl =
  | ButtonGroupEl | FeedbackEl | DateTimeInputEl | MenuButtonEl | PaginationEl | CaptureEl
  | ButtonEl | LinkButtonEl | DownloadButtonEl | CheckboxEl | RadioEl | SelectboxEl | MultiselectEl
  | SliderEl | SelectSliderEl | TextInputEl | TextAreaEl | NumberInputEl | DateInputEl
  | TimeInputEl | ColorPickerEl | FileUploaderEl | ChatInputEl | ComponentEl;
export type WidgetType = WidgetEl["type"];

export type Element = DisplayEl | BlockEl | WidgetEl;

const WIDGET_TYPES: ReadonlySet<string> = new Set<WidgetType>([
  "button", "form_submit_button", "download_button", "checkbox", "toggle", "radio", "selectbox",
  "multiselect", "slider", "select_slider", "text_input", "text_area", "number_input",
  "date_input", "time_input", "color_picker", "file_uploader", "chat_input", "link_button",
  "component_instance", "button_group", "feedback", "date_time_input", "menu_button", "pagination",
  "camera_input", "audio_input",
]);

export function isWidget(el: Element): el is WidgetEl {
  return WIDGET_TYPES.has(el.type);
}

/** Widgets whose value is a trigger, not a state. */
export function isTrigger(el: WidgetEl): boolean {
  return el.type === "button" || el.type === "form_submit_button" || el.type === "download_button" || el.type === "link_button" || el.type === "chat_input";
}

// ---- Messages -------------------------------------------------------------

export interface NavPage { url_path: string; title: string; icon: string | null; section: string | null }
/** `expanded` (sidebar only): true shows every page; false or a number N shows the
 * first 10 (or N) behind "View more" when there are at least 3 more. */
export interface Nav { position: "sidebar" | "hidden" | "top"; expanded?: boolean | number; pages: NavPage[] }

export interface SessionMsg {
  t: "session";
  id: string;
  token: string;
  resumed: boolean;
  /** A new session, with nothing of the token's (none was sent, or the server no longer has it). */
  new?: boolean;
  config: { max_upload_mb: number; xsrf: string; toolbar_mode?: string; show_sidebar_navigation?: boolean };
}
/** `scope`: a fragment run, which draws again only the blocks at these paths. */
export interface RunStartedMsg { t: "run_started"; run: number; scope?: Path[] }
export interface DeltaMsg { t: "delta"; run: number; path: Path; el: Element }
/** Elements of this run identical to those the page holds: [parent path, first index, last index]. */
export interface KeptMsg { t: "kept"; run: number; ranges: [Path, number, number][] }
/** The element at `path` changed a little: string props spliced ([start, removed, inserted],
 * UTF-16 positions), other props set or removed. */
export interface PatchMsg {
  t: "patch";
  run: number;
  path: Path;
  splice: Record<string, [number, number, string]>;
  set?: Record<string, unknown>;
  unset?: string[];
}
export interface RunFinishedMsg {
  t: "run_finished";
  run: number;
  status: "ok" | "error" | "stopped" | "rerun";
  /** How many children every container keeps (absent: none); or, instead, `trim`. */
  sizes?: Record<string, number>;
  /** Only the containers to cut, and to how many children (the others stay as they are). */
  trim?: Record<string, number>;
  /** A fragment run: `sizes` and `trim` are of the blocks at these paths only; the rest
   * of the page (and page, query, nav, absent) stay as they are. */
  scope?: Path[];
  page?: string;
  query?: string;
  nav?: Nav | null;
}
export interface PageConfigMsg {
  t: "page_config";
  title: string | null;
  icon: string | null;
  layout: "centered" | "wide";
  sidebar: "auto" | "expanded" | "collapsed";
}
/** st.logo: `image` is a URL, an emoji or ":material/name:" as `image_kind` says. */
export interface LogoMsg {
  t: "logo";
  run: number;
  image: string;
  image_kind: "image" | "emoji" | "icon";
  icon_image: string | null;
  icon_kind: "image" | "emoji" | "icon" | null;
  link: string | null;
  size: "small" | "medium" | "large";
}
/** How a table's rows are ordered and filtered: [shown column, ascending] and a search text. */
export interface RowsView { sort: [number, boolean] | null; search: string }
export interface RowsMsg extends RowsPart, RowsView { t: "rows"; path: Path; digest: string }

export type ServerMessage =
  | SessionMsg | RunStartedMsg | DeltaMsg | RunFinishedMsg | PageConfigMsg | RowsMsg
  | KeptMsg | PatchMsg
  | LogoMsg
  | { t: "notice"; message: string }
  | { t: "script_changed" }
  | { t: "run_queued"; limit: number }
  | { t: "error"; message: string }
  | { t: "pong" };

export type WireValue = unknown;

export interface RerunMsg { t: "rerun"; changes: Record<string, WireValue>; triggers: string[]; page?: string }

/** What st.context reads of the browser, sent with connect. */
export interface BrowserInfo {
  locale: string;
  timezone: string;
  /** Minutes behind UTC (Date.getTimezoneOffset). */
  timezone_offset: number;
  /** The page's URL without query or fragment. */
  url: string;
  /** `?embed=true` in the URL. */
  embedded: boolean;
}

export type ClientMessage =
  | { t: "connect"; v: 1; token: string | null; page: string; query: string; fork: boolean; scheme?: "light" | "dark"; browser?: BrowserInfo }
  | { t: "theme"; scheme: "light" | "dark" }
  | RerunMsg
  | { t: "ping" }
  | { t: "stop" }
  | { t: "clear_cache" }
  | { t: "rows"; path: Path; start: number; end: number; sort?: [number, boolean] | null; search?: string };
