"""Helper (registers nothing): how table cells read, as Streamlit's grid shows them:
numbers by preset or printf-style format, dates and times by Moment.js-style
tokens or a preset. The server formats the cells it sends, so the page, AppTest and
the CSV download all read the same text. Locale-free: "localized" formats as en-US."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ostinato.errors import OstinatoAPIException

NUMBER_PRESETS = (
    "plain", "localized", "dollar", "euro", "yen", "percent", "compact", "scientific",
    "engineering", "accounting", "bytes", "duration",
)  # fmt: skip
DATE_PRESETS = ("localized", "distance", "calendar", "iso8601")

_PRINTF = re.compile(r"%(?:(\d+)\$)?((?:[-+0 ,]|'.)*)(\d+)?(?:\.(\d+))?([bcdieEfFgGosuxXjtTv%])")
_PRINTF_ANY = re.compile(r"%")


def check_number_format(fmt: Any, where: str, presets: tuple[str, ...] = NUMBER_PRESETS) -> None:
    """Refuse a number `format` that is neither a preset nor a printf-style string
    with at least one conversion (Streamlit's page would show the raw value)."""
    if fmt is None or fmt == "":
        return
    if not isinstance(fmt, str):
        raise OstinatoAPIException(
            f"{where}: `format` must be a string, got {type(fmt).__name__}. Accepted: "
            f"{', '.join(repr(p) for p in presets)} or a printf-style string like '%.2f'."
        )
    if fmt in presets:
        return
    spans = [m.span() for m in _PRINTF.finditer(fmt)]
    percents = [m.start() for m in _PRINTF_ANY.finditer(fmt)]
    covered = {start for start, _ in spans} | {end - 1 for _, end in spans}
    stray = [p for p in percents if p not in covered]
    real = [m for m in _PRINTF.finditer(fmt) if m.group(5) != "%"]
    if stray or not real:
        raise OstinatoAPIException(
            f"{where}: `format` {fmt!r} is not a number format. Accepted: "
            f"{', '.join(repr(p) for p in presets)} or a printf-style string with a "
            "conversion such as '%d', '%.2f', '%.1f%%' or '$ %,d'."
        )


def decimals_of(step: Any) -> int | None:
    """Decimal places a `step` implies (0.01 → 2), None without a step."""
    if step is None or isinstance(step, bool):
        return None
    text = f"{float(step):.10f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _grouped(text: str) -> str:
    """Thousands separators in a plain decimal text ("-1234.5" → "-1,234.5")."""
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    whole = f"{int(whole):,}" if whole.isdigit() else whole
    return sign + whole + (f".{frac}" if frac else "")


def _fixed(value: float, low: int, high: int) -> str:
    """`value` with between `low` and `high` decimals (trailing zeros dropped down to `low`)."""
    text = f"{value:.{high}f}"
    if high > low and "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        frac = frac + "0" * max(0, low - len(frac))
        text = whole + (f".{frac}" if frac else "")
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text


def _auto_decimals(value: float) -> int:
    """Streamlit's default: four decimals, more for tiny values (0.00001 shows whole)."""
    if value == 0 or abs(value) >= 1e-4:
        return 4
    return abs(int(f"{value:e}".split("e")[1]))


def _compact(value: float) -> str:
    """1234 → 1.2K, 1234567 → 1.2M: two significant digits, all integer digits kept."""
    scaled, suffix = value, ""
    for limit, name in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= limit:
            scaled, suffix = value / limit, name
            break
    if abs(scaled) < 1 and scaled != 0:
        return _fixed(float(f"{scaled:.2g}"), 0, 6)
    digits = 0 if abs(scaled) >= 10 else 1
    return _fixed(round(scaled, digits), 0, digits) + suffix


def _exponent(value: float, engineering: bool) -> str:
    if value == 0:
        return "0E0"
    exp = math.floor(math.log10(abs(value)))
    if engineering:
        exp -= exp % 3
    mantissa = value / 10**exp
    return f"{_fixed(round(mantissa, 3), 0, 3)}E{exp}"


def _duration(seconds: float) -> str:
    """A number of seconds as its largest units ("1h 2m", "3d 4h", "45s")."""
    sign = "-" if seconds < 0 else ""
    left = abs(seconds)
    parts: list[str] = []
    for size, unit in ((86400, "d"), (3600, "h"), (60, "m"), (1, "s")):
        if left >= size or (unit == "s" and not parts):
            count = int(left // size) if unit != "s" else round(left, 3)
            parts.append(f"{_fixed(float(count), 0, 3) if unit == 's' else count}{unit}")
            left -= int(left // size) * size
        if len(parts) == 2:
            break
    return sign + " ".join(parts)


def format_number(value: Any, fmt: str | None = None, decimals: int | None = None) -> str:
    """A number as Streamlit's grid shows it under `format` ("" for NaN is the
    caller's placeholder; infinities read ∞ and -∞)."""
    number = float(value)
    if math.isnan(number):
        return ""
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    integral = isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu")
    if not fmt:
        if integral and decimals is None:
            return str(int(value))
        if decimals is not None:
            return _fixed(round(number) if decimals == 0 else number, decimals, decimals)
        return _fixed(number, 0, _auto_decimals(number))
    if fmt == "plain":
        if integral:
            return str(int(value))
        import numpy as np

        return str(np.format_float_positional(number, trim="-"))
    if fmt == "localized":
        low = decimals if decimals is not None else 0
        return _grouped(_fixed(number, low, decimals if decimals is not None else 3))
    if fmt == "percent":
        places = max(decimals - 2, 0) if decimals is not None else 2
        low = places if decimals is not None else 0
        return _grouped(_fixed(number * 100, low, places)) + "%"
    if fmt in ("dollar", "euro", "yen"):
        symbol = {"dollar": "$", "euro": "€", "yen": "¥"}[fmt]
        places = decimals if decimals is not None else (0 if fmt == "yen" else 2)
        text = _grouped(_fixed(abs(number), places, places))
        return ("-" if number < 0 and float(text.replace(",", "")) else "") + symbol + text
    if fmt == "compact":
        return _compact(number)
    if fmt in ("scientific", "engineering"):
        return _exponent(number, fmt == "engineering")
    if fmt == "accounting":
        places = decimals if decimals is not None else 2
        text = _grouped(_fixed(abs(number), places, places))
        return f"({text})" if number < 0 else text
    if fmt == "bytes":
        for limit, unit in ((1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB"), (1, "byte")):
            if abs(number) >= limit or limit == 1:
                return _fixed(round(number / limit, 1), 0, 1) + ("B" if unit == "byte" else unit)
    if fmt == "duration":
        return _duration(number)
    return sprintf(fmt, value)


def sprintf(fmt: str, value: Any) -> str:
    """`fmt` with each conversion filled by `value` (printf-style, as sprintf-js:
    %d %i %u %f %e %g %x %o %b %s %c %%; flags - + 0 space and 'c padding;
    "%,d" groups thousands)."""
    grouped = ",d" in fmt or ",." in fmt or ",f" in fmt
    if grouped:
        fmt = fmt.replace("%,", "%")

    def fill(match: re.Match[str]) -> str:
        conv = match.group(5)
        if conv == "%":
            return "%"
        flags = re.findall(r"[-+0 ]|'.", match.group(2) or "")
        width = int(match.group(3) or 0)
        precision = None if match.group(4) is None else int(match.group(4))
        number = float(value) if not isinstance(value, str) else math.nan
        if conv in "diu":
            text = (
                str(int(number if conv != "u" else abs(number)))
                if math.isfinite(number)
                else str(value)
            )
        elif conv in "fF":
            text = f"{number:.{6 if precision is None else precision}f}"
        elif conv in "eE":
            text = f"{number:.{6 if precision is None else precision}e}"
            text = re.sub(r"e([+-])0*(\d)", r"e\1\2", text)
            text = text.upper() if conv == "E" else text
        elif conv in "gG":
            text = f"{number:.{precision}g}" if precision is not None else f"{number:g}"
        elif conv in "xX":
            text = format(int(number), "x" if conv == "x" else "X")
        elif conv == "o":
            text = format(int(number), "o")
        elif conv == "b":
            text = format(int(number), "b")
        elif conv == "c":
            text = chr(int(number))
        else:
            text = str(value)
            if precision is not None:
                text = text[:precision]
        if grouped and conv in "diufF":
            text = _grouped(text)
        if "+" in flags and conv in "diufFeEgG" and not text.startswith("-"):
            text = "+" + text
        pad = " "
        for flag in flags:
            if flag == "0":
                pad = "0"
            elif flag.startswith("'"):
                pad = flag[1]
        if len(text) < width:
            if "-" in flags:
                text = text + " " * (width - len(text))
            elif pad == "0" and text[:1] in "+-":
                text = text[0] + text[1:].rjust(width - 1, "0")
            else:
                text = text.rjust(width, pad)
        return text

    return _PRINTF.sub(fill, fmt)


_MOMENT = re.compile(
    r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x"
)
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _offset(value: dt.datetime | dt.time, colon: bool) -> str:
    delta = value.utcoffset() if isinstance(value, dt.datetime) else None
    if delta is None:
        delta = dt.timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{mins:02d}"


def moment(value: dt.datetime | dt.date | dt.time, fmt: str) -> str:
    """`value` in a Moment.js format ("YYYY-MM-DD HH:mm:ss", "MMM D, YYYY", "[Q]")."""
    full = value if isinstance(value, dt.datetime) else None
    day = value if isinstance(value, dt.date) else None
    clock = value if isinstance(value, dt.time) else (full.timetz() if full else None)

    def token(match: re.Match[str]) -> str:
        t = match.group(0)
        if t.startswith("["):
            return t[1:-1]
        if day is not None:
            if t == "YYYY":
                return f"{day.year:04d}"
            if t == "YY":
                return f"{day.year % 100:02d}"
            if t in ("MMMM", "MMM"):
                name = _MONTHS[day.month - 1]
                return name if t == "MMMM" else name[:3]
            if t == "MM":
                return f"{day.month:02d}"
            if t == "M":
                return str(day.month)
            if t == "Do":
                return _ordinal(day.day)
            if t == "DD":
                return f"{day.day:02d}"
            if t == "D":
                return str(day.day)
            if t in ("dddd", "ddd", "dd"):
                name = _DAYS[day.weekday()]
                return name if t == "dddd" else name[: 3 if t == "ddd" else 2]
            if t == "d":
                return str((day.weekday() + 1) % 7)
        if clock is not None:
            if t == "HH":
                return f"{clock.hour:02d}"
            if t == "H":
                return str(clock.hour)
            if t in ("hh", "h"):
                hour = clock.hour % 12 or 12
                return f"{hour:02d}" if t == "hh" else str(hour)
            if t == "mm":
                return f"{clock.minute:02d}"
            if t == "m":
                return str(clock.minute)
            if t == "ss":
                return f"{clock.second:02d}"
            if t == "s":
                return str(clock.second)
            if t in ("SSS", "SS", "S"):
                return f"{clock.microsecond:06d}"[: len(t)]
            if t in ("A", "a"):
                mark = "PM" if clock.hour >= 12 else "AM"
                return mark if t == "A" else mark.lower()
        if t in ("Z", "ZZ") and full is not None:
            return _offset(full, t == "Z")
        if t in ("X", "x") and full is not None:
            stamp = full.timestamp()
            return str(int(stamp)) if t == "X" else str(int(stamp * 1000))
        return t

    return _MOMENT.sub(token, fmt)


def _distance(value: dt.datetime | dt.date, now: dt.datetime) -> str:
    moment_ = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
    if moment_.tzinfo is not None and now.tzinfo is None:
        now = now.astimezone()
    elif moment_.tzinfo is None and now.tzinfo is not None:
        now = now.replace(tzinfo=None)
    seconds = (moment_ - now).total_seconds()
    ahead = seconds > 0
    seconds = abs(seconds)
    for size, unit in (
        (31536000, "year"),
        (2592000, "month"),
        (86400, "day"),
        (3600, "hour"),
        (60, "minute"),
    ):
        if seconds >= size * 0.9:
            count = max(1, round(seconds / size))
            text = (
                f"a {unit}"
                if count == 1 and unit != "hour"
                else ("an hour" if count == 1 else f"{count} {unit}s")
            )
            return f"in {text}" if ahead else f"{text} ago"
    return "in a few seconds" if ahead else "a few seconds ago"


def format_temporal(
    value: dt.datetime | dt.date | dt.time, kind: str, fmt: str | None, aware: bool = False
) -> str:
    """A datetime, date or time as the grid shows it: `fmt` (Moment.js tokens or a
    preset), else "YYYY-MM-DD HH:mm:ss" (with the offset for zoned datetimes),
    "YYYY-MM-DD" or "HH:mm:ss"."""
    if fmt == "iso8601":
        return value.isoformat()
    if fmt == "localized":
        patterns = {
            "datetime": "MMM D, YYYY, h:mm:ss A",
            "date": "MMM D, YYYY",
            "time": "h:mm:ss A",
        }
        return moment(value, patterns[kind])
    if fmt in ("distance", "calendar") and not isinstance(value, dt.time):
        now = dt.datetime.now(dt.UTC if aware else None)
        if fmt == "distance":
            return _distance(value, now)
        day = value.date() if isinstance(value, dt.datetime) else value
        delta = (day - now.date()).days
        when = moment(value, " [at] h:mm A") if isinstance(value, dt.datetime) else ""
        named = {0: "Today", -1: "Yesterday", 1: "Tomorrow"}.get(delta)
        if named is not None:
            return named + when
        return moment(value, "MM/DD/YYYY")
    if fmt:
        return moment(value, fmt)
    if kind == "datetime":
        return moment(value, "YYYY-MM-DD HH:mm:ssZ" if aware else "YYYY-MM-DD HH:mm:ss")
    if kind == "date":
        return moment(value, "YYYY-MM-DD")
    return moment(value, "HH:mm:ss")
