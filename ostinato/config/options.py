"""The registry of every option: name, type, default and a one-line description.

Every option that Streamlit 1.67's `streamlit config show` lists is here, with
Streamlit's type and default (tests/config/fixtures holds that output), beside
Ostinato's own options. An option Ostinato does not act on yet has
`implemented=False`: it is accepted wherever options are set, and `ostinato run`
names it in one warning when it is set to something other than its default."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    """One setting, named `section.optionName` as in Streamlit's config."""

    name: str
    type: type
    """The type of the value (`list` for lists)."""
    default: Any
    """None when the option has no default (it is then unset, as in Streamlit)."""
    description: str
    runtime: bool = False
    """True when `st.set_option` may change it while the app runs."""
    implemented: bool = True
    """False when Ostinato accepts the option but does not act on it yet."""
    also: tuple[builtins.type, ...] = ()
    """Other types a value may have (a size given as a number or a string)."""
    choices: tuple[str, ...] = ()
    """The values a string option may take, when they are limited."""
    parse: Callable[[Any], Any] | None = None
    """Turns a value of Streamlit's kind into Ostinato's; raises ValueError when it cannot."""

    @property
    def type_name(self) -> str:
        """The type(s) as a user reads them: "int", "list or str"."""
        return " or ".join(kind.__name__ for kind in (self.type, *self.also))


ERROR_DETAIL_LEVELS = ("full", "stacktrace", "type", "none")


def _error_details(value: Any) -> str:
    """client.showErrorDetails as one of Streamlit's levels: "full" (or true) shows
    type, message and traceback; "stacktrace" (or false, as in Streamlit 1.67) the
    type and the traceback without messages; "type" only the type; "none" nothing
    but a generic message."""
    if isinstance(value, bool):
        return "full" if value else "stacktrace"
    text = str(value).strip().lower()
    if text == "true":
        return "full"
    if text == "false":
        return "stacktrace"
    if text in ERROR_DETAIL_LEVELS:
        return text
    raise ValueError('one of "full", "stacktrace", "type", "none", true or false')


def _o(
    name: str,
    kind: type,
    default: Any,
    description: str,
    implemented: bool = False,
    **more: Any,
) -> Option:
    """An option; accepted only unless said implemented."""
    return Option(name, kind, default, description, implemented=implemented, **more)


_LIST_OR_STR: tuple[type, ...] = (str,)
_SIZE: tuple[type, ...] = (int, float)

# The theme's options. The order is
# that of `streamlit config show`; sidebar, light and dark sections repeat all
# but THEME_ONLY.
_THEME: list[tuple[str, type, tuple[type, ...], str]] = [
    ("base", str, (), 'The theme this one starts from: "light", "dark", or a theme TOML file.'),
    ("primaryColor", str, (), "Accent colour of interactive elements."),
    ("backgroundColor", str, (), "Background colour of the page."),
    ("secondaryBackgroundColor", str, (), "Background colour of most widgets."),
    ("textColor", str, (), "Colour of almost all text."),
    ("redColor", str, (), "Red of the basic palette."),
    ("orangeColor", str, (), "Orange of the basic palette."),
    ("yellowColor", str, (), "Yellow of the basic palette."),
    ("blueColor", str, (), "Blue of the basic palette."),
    ("greenColor", str, (), "Green of the basic palette."),
    ("violetColor", str, (), "Violet of the basic palette."),
    ("grayColor", str, (), "Gray of the basic palette."),
    ("redBackgroundColor", str, (), "Red used behind elements."),
    ("orangeBackgroundColor", str, (), "Orange used behind elements."),
    ("yellowBackgroundColor", str, (), "Yellow used behind elements."),
    ("blueBackgroundColor", str, (), "Blue used behind elements."),
    ("greenBackgroundColor", str, (), "Green used behind elements."),
    ("violetBackgroundColor", str, (), "Violet used behind elements."),
    ("grayBackgroundColor", str, (), "Gray used behind elements."),
    ("redTextColor", str, (), "Red used for text."),
    ("orangeTextColor", str, (), "Orange used for text."),
    ("yellowTextColor", str, (), "Yellow used for text."),
    ("blueTextColor", str, (), "Blue used for text."),
    ("greenTextColor", str, (), "Green used for text."),
    ("violetTextColor", str, (), "Violet used for text."),
    ("grayTextColor", str, (), "Gray used for text."),
    ("linkColor", str, (), "Colour of links in Markdown."),
    ("linkUnderline", bool, (), "Underline links in Markdown."),
    ("codeTextColor", str, (), "Colour of inline code."),
    ("codeBackgroundColor", str, (), "Background colour of code blocks."),
    ("font", str, (), "Font family of the body text."),
    ("fontFaces", list, (), "Font files to load, as [[theme.fontFaces]] tables."),
    ("baseFontSize", int, (float,), "Root font size in pixels."),
    ("baseFontWeight", int, (), "Weight of normal text."),
    ("metricValueFontSize", str, _SIZE, "Font size of st.metric values."),
    ("metricValueFontWeight", int, (), "Font weight of st.metric values."),
    ("headingFont", str, (), "Font family of headings."),
    ("headingFontSizes", list, _LIST_OR_STR, "Font sizes of headings, h1 first."),
    ("headingFontWeights", list, (int,), "Font weights of headings, h1 first."),
    ("codeFont", str, (), "Font family of code."),
    ("codeFontSize", str, _SIZE, "Font size of code."),
    ("codeFontWeight", int, (), "Font weight of code."),
    ("baseRadius", str, _SIZE, "Corner radius of elements."),
    ("buttonRadius", str, _SIZE, "Corner radius of buttons."),
    ("paddingTop", str, _SIZE, "Space above the page's content."),
    ("paddingBottom", str, _SIZE, "Space below the page's content."),
    ("borderColor", str, (), "Colour of borders."),
    ("dataframeBorderColor", str, (), "Colour of table borders."),
    ("dataframeHeaderBackgroundColor", str, (), "Background colour of table headers."),
    ("dataframeHeaderTextColor", str, (), "Text colour of table headers."),
    ("showWidgetBorder", bool, (), "Draw a border around widgets."),
    ("showSidebarBorder", bool, (), "Draw a border beside the sidebar."),
    ("chartCategoricalColors", list, (), "Colours of categories in charts."),
    ("chartSequentialColors", list, (), "Colours of sequential scales in charts."),
    ("chartDivergingColors", list, (), "Colours of diverging scales in charts."),
]
THEME_ONLY = {
    "base",
    "fontFaces",
    "baseFontSize",
    "baseFontWeight",
    "metricValueFontSize",
    "metricValueFontWeight",
    "showSidebarBorder",
}
THEME_SECTIONS = {
    "theme": "",
    "theme.sidebar": " In the sidebar.",
    "theme.light": " In the light theme.",
    "theme.dark": " In the dark theme.",
    "theme.light.sidebar": " In the light theme's sidebar.",
    "theme.dark.sidebar": " In the dark theme's sidebar.",
}


# The theme's options the page acts on (ostinato/server/theme.py); the others are
# accepted only.
THEME_IMPLEMENTED = {
    *(
        f"{tone}{part}Color"
        for tone in ("red", "orange", "yellow", "blue", "green", "violet", "gray")
        for part in ("", "Text", "Background")
    ),
    "base",
    "primaryColor",
    "backgroundColor",
    "secondaryBackgroundColor",
    "textColor",
    "linkColor",
    "borderColor",
    "codeBackgroundColor",
    "codeTextColor",
    "font",
    "headingFont",
    "codeFont",
    "baseRadius",
    "showWidgetBorder",
    "fontFaces",
    "chartCategoricalColors",
}


def _theme() -> list[Option]:
    return [
        _o(
            f"{section}.{key}",
            kind,
            None,
            text + where,
            implemented=key in THEME_IMPLEMENTED,
            also=also,
        )
        for section, where in THEME_SECTIONS.items()
        for key, kind, also, text in _THEME
        if section == "theme" or key not in THEME_ONLY
    ]


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in [
        _o(
            "global.disableWidgetStateDuplicationWarning",
            bool,
            False,
            "Do not warn when a widget gets both a default and a Session State value.",
        ),
        _o(
            "global.showWarningOnDirectExecution",
            bool,
            True,
            "Warn when the script is started with `python` instead of `ostinato run`.",
        ),
        Option(
            "logger.level",
            str,
            "info",
            "Log level: error, warning, info or debug.",
        ),
        Option(
            "logger.messageFormat",
            str,
            "%(asctime)s %(levelname)s %(name)s: %(message)s",
            "Python logging format of Ostinato's log. Ostinato's default adds the level and "
            'logger name to Streamlit\'s "%(asctime)s %(message)s".',
        ),
        Option(
            "client.showErrorDetails",
            str,
            "full",
            'What the page shows of a script error: "full" (or true) the type, message '
            'and traceback; "stacktrace" (or false) the type and traceback, without '
            'messages; "type" only the type; "none" a generic message. As in Streamlit.',
            runtime=True,
            also=(bool,),
            parse=_error_details,
        ),
        Option(
            "client.toolbarMode",
            str,
            "auto",
            "The page's menu: developer (all items), viewer (no developer items), minimal "
            "(no menu), or auto (developer on localhost, else viewer).",
            runtime=True,
            choices=("auto", "developer", "viewer", "minimal"),
        ),
        _o(
            "client.disableDataExport",
            bool,
            False,
            "Hide the download and copy buttons of tables and charts.",
            runtime=True,
        ),
        Option(
            "client.showSidebarNavigation",
            bool,
            True,
            "List the app's pages in the sidebar (false hides that list).",
            runtime=True,
        ),
        _o(
            "client.showErrorLinks",
            str,
            "auto",
            "Show links that help with an error beside exceptions.",
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
            "runner.maxConcurrentRuns",
            int,
            2000,
            "Most script runs in progress at once, each on its own thread (a run that "
            "waits for I/O holds its thread); past it runs wait their turn and their "
            "page says so. Idle sessions hold no thread.",
        ),
        Option(
            "runner.threadSwitchInterval",
            float,
            1.0,
            "Milliseconds a thread holds Python's interpreter before another may run "
            "(sys.setswitchinterval; Python's default is 5). Smaller keeps clicks answered "
            "while other sessions' runs compute.",
        ),
        _o(
            "runner.fastReruns",
            bool,
            True,
            "Interrupt the current run when the user interacts (Ostinato always does).",
        ),
        Option(
            "runner.enforceSerializableSessionState",
            bool,
            False,
            "Only allow values that pickle can serialize in Session State.",
            runtime=True,
        ),
        _o(
            "runner.enumCoercion",
            str,
            "nameOnly",
            "How Enum values from a rerun's new class are matched: off, nameOnly or nameAndValue.",
        ),
        _o("runner.parallelMaxWorkers", int, None, "Most threads st.parallel may use."),
        _o(
            "runner.cacheBackgroundRefreshTTLMultiplier",
            float,
            2.0,
            "How long past its TTL a cached value may be served while it refreshes.",
            implemented=True,
        ),
        _o("runner.connectionDefaultTTL", float, None, "Default TTL of st.connection, seconds."),
        _o("runner.cacheHashSeed", int, 0, "Seed of the hashes of cache keys."),
        _o(
            "server.folderWatchList",
            list,
            [],
            "More folders to watch for changes besides the script's.",
        ),
        _o(
            "server.folderWatchBlacklist",
            list,
            [],
            "Folders never watched for changes.",
        ),
        Option(
            "server.fileWatcherType",
            str,
            "auto",
            "How saved files are noticed: auto or watchdog (the OS's file events), poll "
            "(checks the files' times), or none (no watching).",
            choices=("auto", "watchdog", "poll", "none"),
        ),
        _o(
            "server.enableExpensiveMemoryStats",
            bool,
            False,
            "Count memory use in the statistics the server serves.",
        ),
        _o(
            "server.maxCacheDataSize",
            str,
            None,
            "Largest total size of st.cache_data in memory, e.g. 1GB.",
            also=(int,),
            implemented=True,
        ),
        _o(
            "server.cookieSecret",
            str,
            None,
            "Key that signs cookies (Streamlit picks a random one per start).",
        ),
        Option(
            "server.headless",
            bool,
            True,
            "Do not open a browser at start-up. Ostinato's default is true; Streamlit "
            "decides from the display it finds.",
        ),
        _o("server.showEmailPrompt", bool, True, "Ask for an e-mail address on first start."),
        Option("server.runOnSave", bool, False, "Rerun the script when its file is saved."),
        Option(
            "server.address",
            str,
            "127.0.0.1",
            "Address the server binds to. Ostinato's default is loopback only, so an app is "
            "not on the network until asked; Streamlit's (unset) binds every interface.",
        ),
        Option("server.port", int, 8501, "TCP port the server listens on."),
        Option(
            "server.baseUrlPath",
            str,
            "",
            'Path the app is served under, e.g. "dashboards/sales" for '
            "http://host/dashboards/sales/ behind a reverse proxy.",
        ),
        Option(
            "server.enableCORS",
            bool,
            True,
            "Refuse websockets and cross-origin requests from pages of other origins "
            "(false allows every origin).",
        ),
        Option(
            "server.corsAllowedOrigins",
            list,
            [],
            'Origins allowed besides the app\'s own, e.g. ["https://example.com"] (the '
            "Origin a browser presents when a reverse proxy rewrites Host).",
        ),
        Option(
            "server.allowedHosts",
            list,
            [],
            "Host names the websocket and uploads accept, ports ignored: exact names, "
            "`*.example.com` for its subdomains, `*` for any (empty: Ostinato's own "
            "check, see server/cors.py).",
        ),
        Option(
            "server.enableXsrfProtection",
            bool,
            True,
            "Require the page's XSRF token on file uploads.",
        ),
        _o(
            "server.xsrfCookieSameSite",
            str,
            "lax",
            "SameSite attribute of the XSRF cookie (Ostinato sends the token in a header).",
        ),
        Option("server.maxUploadSize", int, 200, "Largest file upload, in MB."),
        Option("server.maxMessageSize", int, 200, "Largest websocket message, in MB."),
        Option(
            "server.maxSessionUploadSize",
            int,
            200,
            "Most uploaded data one session holds at once, in MB (all its uploaders' files).",
        ),
        Option(
            "server.httpHeaderTimeout",
            float,
            10.0,
            "Seconds an HTTP request has to send its headers before its connection is closed.",
        ),
        Option(
            "server.httpIdleTimeout",
            float,
            20.0,
            "Seconds an HTTP connection may stay silent, between requests or within a body.",
        ),
        Option(
            "server.frameAncestors",
            str,
            "'self'",
            "Pages that may show the app in a frame (Content-Security-Policy frame-ancestors): "
            "'self', 'none', '*' or origins separated by spaces.",
        ),
        Option(
            "server.maxClientMessageSize",
            int,
            1024,
            "Largest frame a page may send, in KB (pages send widget values, not data); "
            "a larger one closes the websocket with code 1009 before it is read.",
        ),
        Option(
            "server.maxOutgoingQueueSize",
            int,
            32,
            "Most MB of messages waiting for one tab that does not read them; past it the "
            "websocket is closed with code 1008.",
        ),
        Option(
            "server.enableWebsocketCompression",
            bool,
            False,
            "Compress websocket messages (permessage-deflate): ~45 KB more memory per tab.",
        ),
        _o(
            "server.websocketPingInterval",
            int,
            None,
            "Seconds between the server's websocket pings (the page pings every 20 s).",
        ),
        Option(
            "server.enableStaticServing",
            bool,
            False,
            "Serve the files of the static/ folder beside the script at <base>/app/static/.",
        ),
        Option(
            "server.disconnectedSessionTTL",
            int,
            120,
            "Seconds a session without a tab is kept for its tab to come back.",
        ),
        _o("server.enableAgentApi", bool, False, "Serve Streamlit's HTTP API for agents."),
        _o("server.agentWaitTimeout", int, 30, "Seconds an agent request waits for a run."),
        _o("server.agentSessionTTL", int, 900, "Seconds an idle agent session is kept."),
        _o("server.agentMaxSessions", int, 100, "Most agent sessions at once."),
        _o("server.agentPreviewRows", int, 100, "Rows of a table an agent is shown."),
        _o("server.sslCertFile", str, None, "Certificate file for HTTPS."),
        _o("server.sslKeyFile", str, None, "Private key file for HTTPS."),
        _o(
            "browser.serverAddress",
            str,
            "localhost",
            "Host name users reach the app by (printed in the URL at start-up).",
        ),
        Option(
            "browser.gatherUsageStats",
            bool,
            True,
            "Accepted for Streamlit's configs; has no effect: Ostinato never contacts anything.",
        ),
        _o(
            "browser.serverPort",
            int,
            None,
            "Port users reach the app by, when a proxy listens on another (default: "
            "server.port; Streamlit prints that default).",
        ),
        *_theme(),
        _o(
            "secrets.files",
            list,
            ["~/.streamlit/secrets.toml", ".streamlit/secrets.toml"],
            "Files st.secrets reads, later ones winning (Streamlit writes them as absolute paths).",
            implemented=True,
        ),
        Option(
            "cache.store",
            str,
            "memory",
            "Where st.cache_data keeps its entries: memory (this process) or redis (the "
            'session.store = "redis" server, shared by every worker, signed with '
            "session.secret, so a second worker does not compute them again).",
            choices=("memory", "redis"),
        ),
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
        Option(
            "session.ttl",
            int,
            86400,
            "Seconds a stored session is kept after its last run.",
        ),
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
        Option(
            "session.allowedClasses",
            list,
            [],
            'Modules (or "module:Class") whose Enum, dataclass and NamedTuple classes a '
            "store may construct when restoring, besides the app's own modules.",
        ),
        Option(
            "session.previousSecrets",
            list,
            [],
            "Earlier values of session.secret, still accepted for pickled state they "
            "signed (key rotation); new state is signed with session.secret.",
        ),
        Option(
            "session.shutdownGracePeriod",
            float,
            3.0,
            "Seconds runs in progress get to finish on shutdown (SIGTERM) before every "
            "session's latest state is written to the store.",
        ),
    ]
}
