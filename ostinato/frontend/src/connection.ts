// The websocket: connects, resumes with the session's token, reconnects with backoff.

import type { ClientMessage, ServerMessage } from "./protocol";

const TOKEN_KEY = "ostinato.token";
const ALIVE_KEY = "ostinato.alive";

/** A duplicated tab starts with a copy of the original's sessionStorage, flag
 * included; a reloaded tab does not, because `pagehide` cleared it. */
let duplicate = sessionStorage.getItem(ALIVE_KEY) === "1";
sessionStorage.setItem(ALIVE_KEY, "1");
window.addEventListener("pagehide", () => sessionStorage.removeItem(ALIVE_KEY));
window.addEventListener("pageshow", () => sessionStorage.setItem(ALIVE_KEY, "1"));

export interface ConnectionEvents {
  message(message: ServerMessage): void;
  state(state: "connecting" | "connected" | "disconnected"): void;
}

export class Connection {
  private socket: WebSocket | null = null;
  private delay = 100;
  private pingTimer: number | undefined;
  private queue: ClientMessage[] = [];
  private ready = false;

  constructor(private readonly events: ConnectionEvents) {}

  start(): void {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const socket = new WebSocket(`${scheme}://${location.host}/_ostinato/ws`);
    this.socket = socket;
    this.ready = false;
    this.events.state("connecting");
    socket.onopen = () => {
      this.delay = 100;
      this.raw({
        t: "connect",
        v: 1,
        token: sessionStorage.getItem(TOKEN_KEY),
        page: decodeURIComponent(location.pathname.replace(/^\/+/, "")),
        query: location.search,
        fork: duplicate,
      });
      this.pingTimer = window.setInterval(() => this.raw({ t: "ping" }), 20000);
    };
    socket.onmessage = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as ServerMessage | ServerMessage[];
      for (const message of Array.isArray(data) ? data : [data]) this.receive(message);
    };
    socket.onclose = () => {
      window.clearInterval(this.pingTimer);
      if (this.socket !== socket) return;
      this.ready = false;
      this.events.state("disconnected");
      window.setTimeout(() => this.start(), this.delay);
      this.delay = Math.min(this.delay * 2, 2000);
    };
  }

  private receive(message: ServerMessage): void {
    if (message.t === "session") {
      sessionStorage.setItem(TOKEN_KEY, message.token);
      duplicate = false;
      this.ready = true;
      this.events.state("connected");
      const waiting = this.queue;
      this.queue = [];
      waiting.forEach((m) => this.raw(m));
    }
    this.events.message(message);
  }

  /** Send now if attached to a session, else once it is. */
  send(message: ClientMessage): void {
    if (this.ready) this.raw(message);
    else this.queue.push(message);
  }

  private raw(message: ClientMessage): void {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    }
  }
}
