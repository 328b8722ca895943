"""The registry of every option: name, type, default and a one-line description."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    """One setting, named `section.optionName` as in Streamlit's config."""

    name: str
    type: type
    default: Any
    description: str
    runtime: bool = False
    """True when `st.set_option` may change it while the app runs."""


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        Option("server.port", int, 8501, "TCP port the server listens on."),
        Option("server.address", str, "127.0.0.1", "Address the server binds to."),
        Option("server.headless", bool, True, "Do not open a browser at start-up."),
        Option("server.runOnSave", bool, False, "Rerun the script when its file is saved."),
        Option("server.maxUploadSize", int, 200, "Largest file upload, in MB."),
        Option("server.maxMessageSize", int, 200, "Largest websocket message, in MB."),
        Option(
            "server.enableXsrfProtection",
            bool,
            True,
            "Require the page's XSRF token on file uploads.",
        ),
        Option(
            "server.enableWebsocketCompression",
            bool,
            False,
            "Compress websocket messages (permessage-deflate): ~45 KB more memory per tab.",
        ),
        Option(
            "server.disconnectedSessionTTL",
            int,
            120,
            "Seconds a session without a tab is kept for its tab to come back.",
        ),
        Option(
            "runner.enforceSerializableSessionState",
            bool,
            False,
            "Only allow values that pickle can serialize in Session State.",
            runtime=True,
        ),
        Option(
            "runner.magicEnabled",
            bool,
            True,
            "Write bare expressions on their own line to the page.",
            runtime=True,
        ),
        Option(
            "client.showErrorDetails",
            bool,
            True,
            "Show tracebacks of script errors in the page.",
            runtime=True,
        ),
        Option("logger.level", str, "info", "Log level: error, warning, info or debug."),
        Option(
            "session.store",
            str,
            "memory",
            "Where sessions are kept: memory, sqlite (survives restarts) or redis (shared).",
        ),
        Option(
            "session.storeUrl",
            str,
            "",
            "SQLite file (default .ostinato/sessions.db) or redis://host:port/db URL.",
        ),
        Option("session.ttl", int, 86400, "Seconds a stored session is kept after its last run."),
        Option(
            "session.allowPickle",
            bool,
            False,
            "Store values the safe codec cannot encode with pickle, signed with session.secret.",
        ),
        Option(
            "session.secret",
            str,
            "",
            "Key that signs pickled state (HMAC-SHA256); required for the redis store.",
        ),
        Option(
            "session.leaseTTL",
            float,
            5.0,
            "Seconds a worker's lease on a session lasts unless renewed (redis store).",
        ),
    ]
}
