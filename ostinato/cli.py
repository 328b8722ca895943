"""The `ostinato` command: run an app, run the demo, show the version."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from ostinato import __version__
from ostinato.config import get_option
from ostinato.config.loader import load
from ostinato.config.names import unknown_option
from ostinato.config.options import OPTIONS, Option
from ostinato.config.settings import not_implemented_in_use, source_of
from ostinato.errors import ConfigError

log = logging.getLogger("ostinato")

DEMO = Path(__file__).resolve().parent / "demo" / "Hello.py"

_EPILOG = """\
Options are written --section.optionName VALUE, for example
  ostinato run app.py --server.port 8600 --runner.enforceSerializableSessionState true
Arguments after -- are passed to the script in sys.argv.
"""


def _option_flags(words: Sequence[str]) -> list[tuple[str, str]]:
    """Turn ["--server.port", "8600", "--a.b=c"] into [(name, value), ...]."""
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        word = words[index]
        if not word.startswith("--") or "." not in word:
            raise ConfigError(
                f"Unexpected argument {word!r}. Options look like --server.port 8600; "
                "script arguments go after --."
            )
        name, sep, value = word[2:].partition("=")
        if not sep:
            if index + 1 >= len(words):
                raise ConfigError(f"Option --{name} needs a value, e.g. --{name} VALUE.")
            index += 1
            value = words[index]
        if name not in OPTIONS:
            raise unknown_option(name)
        pairs.append((name, value))
        index += 1
    return pairs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ostinato",
        description="Serve data apps written as plain Python scripts (the Streamlit API, "
        "with sessions that survive reconnects).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_EPILOG,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="serve a script as a web app",
        description="Serve APP.py at http://127.0.0.1:8501 (change with --server.port and "
        "--server.address). Every browser tab gets its own session.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_EPILOG
        + "\nCommon options:\n"
        + "\n".join(
            f"  {'--' + o.name + ' ' + o.type.__name__.upper():<40} {o.description} "
            f"(default: {toml_value(o.default)})"
            for o in OPTIONS.values()
            if o.name.startswith("server.") and o.implemented
        ),
    )
    run.add_argument("script", metavar="APP.py", help="the script to serve")
    commands.add_parser(
        "hello",
        help="serve the bundled demo app",
        description="Serve the demo: Session State, callbacks and widgets bound by keys.",
        epilog=_EPILOG,
    )
    commands.add_parser("version", help="print the version")
    config = commands.add_parser(
        "config",
        help="show the options in force",
        description="Options come from, lowest first: defaults, ~/.ostinato/config.toml, "
        "./.ostinato/config.toml (or ./.streamlit/config.toml), OSTINATO_* environment "
        "variables, and --section.optionName flags.",
    )
    config.add_argument("action", choices=["show"], help="show: print every option")
    return parser


def toml_value(value: object) -> str:
    """`value` written as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return repr(value)


def _show_option(option: Option) -> list[str]:
    key = option.name.rsplit(".", 1)[1]
    value = get_option(option.name)
    origin = f"from {source_of(option.name)}"
    if not option.implemented:
        origin += "; accepted, not implemented yet"
    lines = [f"# {option.description}"]
    if value is None:
        lines.append(f"# {key} =  # {origin} (unset)")
    else:
        lines.append(f"{key} = {toml_value(value)}  # {origin}")
    return lines


def show_config() -> str:
    """Every option as TOML, with its description and where its value came from;
    those Ostinato accepts but does not act on yet say so."""
    lines: list[str] = []
    section = ""
    for option in OPTIONS.values():
        head = option.name.rsplit(".", 1)[0]
        if head != section:
            section = head
            lines.append(f"\n[{section}]")
        lines.extend(_show_option(option))
    return "\n".join(lines).strip() + "\n"


def not_implemented_warning() -> str | None:
    """The start-up warning naming the options set that Ostinato does not act on yet."""
    names = not_implemented_in_use()
    if not names:
        return None
    by_section: dict[str, list[str]] = {}
    for name in names:
        section, key = name.rsplit(".", 1)
        by_section.setdefault(section, []).append(key)
    listed = "; ".join(f"[{section}] {', '.join(keys)}" for section, keys in by_section.items())
    return (
        f"{len(names)} option(s) are set that Ostinato accepts but does not act on yet: "
        f"{listed}. The app runs as if they were not set."
    )


def _logging() -> None:
    """Ostinato's log: logger.level and logger.messageFormat."""
    level = str(get_option("logger.level")).upper()
    fmt = str(get_option("logger.messageFormat"))
    try:
        logging.Formatter(fmt, validate=True)
    except ValueError as exc:
        raise SystemExit(
            f"Error: logger.messageFormat {fmt!r} is not a logging format: {exc}"
        ) from None
    if level not in ("ERROR", "WARNING", "INFO", "DEBUG", "CRITICAL"):
        raise SystemExit(
            f"Error: logger.level {level.lower()!r} is not one of error, warning, info, debug."
        )
    logging.basicConfig(level=level, format=fmt, force=True)


def _free_socket(address: str, port: int) -> socket.socket:
    """A listening socket, or SystemExit with a message saying what to do."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((address, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise SystemExit(
                f"Error: port {port} on {address} is already in use. "
                f"Choose another with --server.port {port + 1}."
            ) from None
        raise SystemExit(f"Error: cannot listen on {address}:{port}: {exc.strerror}.") from None
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


def serve(script: str, script_args: Sequence[str] = ()) -> None:
    """Serve `script` until interrupted."""
    import uvicorn

    from ostinato.runtime.runtime import Runtime
    from ostinato.server.app import create_app
    from ostinato.server.paths import base_path
    from ostinato.server.timeouts import TimedH11Protocol
    from ostinato.stores.persistence import Persistence

    if not os.path.isfile(script):
        raise SystemExit(f"Error: no script at {script!r}. Usage: ostinato run APP.py")
    _logging()
    warning = not_implemented_warning()
    if warning:
        log.warning("%s", warning)
    if not get_option("server.enableCORS"):
        log.warning(
            "server.enableCORS is false: pages of any origin may open this app's websocket "
            "and read its responses."
        )
    sys.argv = [script, *script_args]
    address = str(get_option("server.address"))
    port = int(get_option("server.port"))
    sock = _free_socket(address, port)
    try:
        persistence = Persistence.from_options()
    except ConfigError as exc:
        raise SystemExit(f"Error: {exc}") from None
    # Runs share the GIL: switching every millisecond instead of Python's 5 keeps one
    # session's click answered while other sessions' runs compute.
    switch = float(get_option("runner.threadSwitchInterval"))
    if not 0 < switch <= 1000:
        raise SystemExit(
            f"Error: runner.threadSwitchInterval must be more than 0 and at most 1000 "
            f"milliseconds, not {switch:g}."
        )
    sys.setswitchinterval(switch / 1000)
    runtime = Runtime(script, persistence=persistence)
    try:
        app = create_app(runtime)
    except ConfigError as exc:
        raise SystemExit(f"Error: {exc}") from None
    config = uvicorn.Config(
        app,
        log_level="warning",
        ws_max_size=int(get_option("server.maxMessageSize")) * 1024 * 1024,
        ws_ping_interval=None,
        ws="websockets-sansio",
        ws_per_message_deflate=bool(get_option("server.enableWebsocketCompression")),
        lifespan="on",
        http=TimedH11Protocol,
        timeout_keep_alive=max(1, round(float(get_option("server.httpIdleTimeout")))),
    )
    server = uvicorn.Server(config)
    host = f"[{address}]" if ":" in address else address
    base = base_path()
    url = f"http://{host}:{port}{base}{'/' if base else ''}"
    print(f"\n  Ostinato is serving {os.path.basename(script)}\n\n  URL: {url}\n")
    sys.stdout.flush()
    if not get_option("server.headless"):
        import webbrowser

        webbrowser.open(url)
    server.run(sockets=[sock])


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `ostinato` command."""
    words = list(sys.argv[1:] if argv is None else argv)
    script_args: list[str] = []
    if "--" in words:
        cut = words.index("--")
        words, script_args = words[:cut], words[cut + 1 :]
    parser = _parser()
    args, rest = parser.parse_known_args(words)
    try:
        load(_option_flags(rest))
    except ConfigError as exc:
        parser.exit(2, f"Error: {exc}\n")
    if args.command == "version":
        print(f"Ostinato {__version__}")
    elif args.command == "run":
        serve(args.script, script_args)
    elif args.command == "config":
        print(show_config(), end="")
    elif args.command == "hello":
        serve(str(DEMO), script_args)
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
