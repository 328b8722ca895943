// Messages of docs/PROTOCOL.md.

export type Path = number[];

export interface Element {
  type: string;
  [field: string]: unknown;
}

export interface NavPage {
  url_path: string;
  title: string;
  icon: string | null;
  section: string | null;
}

export interface Nav {
  position: "sidebar" | "hidden" | "top";
  pages: NavPage[];
}

export type ServerMessage =
  | { t: "session"; id: string; token: string; resumed: boolean; config: { max_upload_mb: number; xsrf: string } }
  | { t: "run_started"; run: number }
  | { t: "delta"; run: number; path: Path; el: Element }
  | {
      t: "run_finished";
      run: number;
      status: "ok" | "error" | "stopped" | "rerun";
      sizes: Record<string, number>;
      page?: string;
      query?: string;
      nav?: Nav | null;
    }
  | { t: "page_config"; title: string | null; icon: string | null; layout: string; sidebar: string }
  | { t: "script_changed" }
  | { t: "error"; message: string }
  | { t: "notice"; message: string }
  | { t: "rows"; path: Path; digest: unknown; start: number; index: string[]; rows: unknown[][] }
  | { t: "pong" };

export type ClientMessage =
  | { t: "connect"; v: 1; token: string | null; page: string; query: string; fork: boolean }
  | { t: "rerun"; changes: Record<string, unknown>; triggers: string[]; page?: string }
  | { t: "ping" }
  | { t: "rows"; path: Path; start: number; end: number };
