// The websocket: connects with the session's token, reconnects with backoff,
// keeps the link alive with pings.

import type { BrowserInfo, ClientMessage, ServerMessage } from "./protocol";
import { activeScheme } from "./theme";

const TOKEN_KEY = "ostinato.token";
const ALIVE_KEY = "ostinato.alive";
const PING_MS = 20_000;
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2_000;

/** A duplicated tab starts with a copy of the original's sessionStorage, this
 * flag included; a reloaded tab does not, because `pagehide` cleared it. */
let duplicate = sessionStorage.getItem(ALIVE_KEY) === "1";
sessionStorage.setItem(ALIVE_KEY, "1");
window.addEventListener("pagehide", () => sessionStorage.removeItem(ALIVE_KEY));
window.addEventListener("pageshow", () => sessionStorage.setItem(ALIVE_KEY, "1"));

export type LinkState = "connecting" | "connected" | "disconnected";

export interface ConnectionEvents {
  message(message: ServerMessage): void;
  state(state: LinkState): void;
  /** The server closed the socket giving a reason (a refused frame). */
  refused(reason: string): void;
}

/** Where the app lives: "" at the root, "/prefix" under server.baseUrlPath or a
 * proxy's prefix. The server writes, in the page it serves, the relative URL back
 * to the app's root ("./" or "../"); resolved against where the page was served,
 * that is the base, whatever path the proxy in front added. */
export const BASE = new URL(
  document.querySelector<HTMLMetaElement>('meta[name="ostinato-root"]')?.content || "/",
  location.href,
).pathname.replace(/\/+$/, "");

/** A URL of the app's own ("/_ostinato/…", "/Page") under the base; others unchanged. */
export function withBase(url: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? `${BASE}${url}` : url;
}

/** The page's path without the base and its leading slash: "" for the main page. */
export function currentPage(): string {
  const path = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  return decodePath(path.replace(/^\/+/, ""));
}

/** Percent-decode a URL path without ever throwing: a malformed escape ("/%ZZ",
 * a lone "%") stays as typed, and the valid escapes around it are still decoded. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** The browser's settings st.context reports, as Streamlit's page sends them. */
function browserInfo(): BrowserInfo {
  return {
    locale: navigator.language,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    timezone_offset: new Date().getTimezoneOffset(),
    url: location.origin + location.pathname,
    embedded: [...new URLSearchParams(location.search)].some(
      ([key, value]) => key.toLowerCase() === "embed" && value.toLowerCase() === "true",
    ),
  };
}

export class Connection {
  private socket: WebSocket | null = null;
  private retryMs = FIRST_RETRY_MS;
  private pingTimer: number | undefined;
  private started = false;
  private originChecked = false;
  /** True once the server answered `connect` with `session`. */
  ready = false;

  constructor(private readonly events: ConnectionEvents) {}

  start(): void {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}${BASE}/_ostinato/ws`);
    this.socket = socket;
    this.ready = false;
    if (!this.started) this.events.state("connecting");
    this.started = true;
    socket.onopen = () => {
      this.raw({
        t: "connect",
        v: 1,
        token: sessionStorage.getItem(TOKEN_KEY),
        page: currentPage(),
        query: location.search,
        fork: duplicate,
        scheme: activeScheme(),
        browser: browserInfo(),
      });
      this.pingTimer = window.setInterval(() => this.raw({ t: "ping" }), PING_MS);
    };
    socket.onmessage = (event: MessageEvent) => {
      let data: ServerMessage | ServerMessage[];
      try {
        data = JSON.parse(String(event.data)) as ServerMessage | ServerMessage[];
      } catch {
        return;
      }
      for (const message of Array.isArray(data) ? data : [data]) this.receive(message);
    };
    // Browsers follow `error` with `close`, so reconnecting on close covers both.
    socket.onclose = (event: CloseEvent) => {
      window.clearInterval(this.pingTimer);
      if (this.socket !== socket) return;
      if (event.reason && (event.code === 1008 || event.code === 1009)) this.events.refused(event.reason);
      else if (!this.ready && !this.originChecked) void this.checkOrigin();
      this.ready = false;
      this.events.state("disconnected");
      window.setTimeout(() => this.start(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
  }

  /** The websocket was refused before it opened: say so when the reason is the
   * page's origin (a reverse proxy that rewrites Host), since browsers do not. */
  private async checkOrigin(): Promise<void> {
    this.originChecked = true;
    try {
      const answer = await fetch(`${BASE}/_ostinato/origin?origin=${encodeURIComponent(location.origin)}`);
      const data = (await answer.json()) as { allowed?: boolean; host?: string };
      if (data.allowed === false) {
        this.events.refused(
          `The server refuses this page's origin ${location.origin} (it sees the host ${data.host ?? "?"}, ` +
            "as when a reverse proxy rewrites Host): add the origin to server.corsAllowedOrigins.",
        );
      }
    } catch {
      this.originChecked = false;
    }
  }

  private receive(message: ServerMessage): void {
    if (message.t === "session") {
      sessionStorage.setItem(TOKEN_KEY, message.token);
      duplicate = false;
      this.ready = true;
      this.retryMs = FIRST_RETRY_MS;
      this.events.state("connected");
    }
    this.events.message(message);
  }

  /** Send if attached to a session; false when the message could not go. */
  send(message: ClientMessage): boolean {
    return this.ready && this.raw(message);
  }

  private raw(message: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }
}
