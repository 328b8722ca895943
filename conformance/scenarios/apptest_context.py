"""st.context in AppTest: empty without at.context; what a test sets there (timezone,
offset, locale, url, is_embedded, theme); item access, membership, headers and
cookies (empty: a test has no connection); unknown keys and wrong types refused."""

from conformance.harness import Scenario

_SHOW = """
import streamlit as st
c = st.context
st.write("tz", repr(c.timezone), repr(c.timezone_offset), repr(c.locale))
st.write("url", repr(c.url), "embedded", repr(c.is_embedded), "theme", repr(c.theme.type))
st.write("headers", len(c.headers), "cookies", len(c.cookies))
st.write("items", repr(c["timezone"]), repr(c["locale"]), repr(c["theme"]["type"]))
"""

_PAGES = {"pages/2_Second.py": _SHOW, "pages/3_third_page.py": _SHOW}

SCENARIOS = [
    Scenario("nothing_set", _SHOW, (("run",),)),
    Scenario(
        "set_by_test",
        _SHOW,
        (
            ("context", "timezone", "Europe/Berlin"),
            ("context", "timezone_offset", -60),
            ("context", "locale", "de-DE"),
            ("context", "url", "http://localhost:8501/"),
            ("context", "is_embedded", True),
            ("context", "theme", "dark"),
            ("run",),
            ("context", "locale", None),
            ("context", "theme", "light"),
            ("run",),
        ),
    ),
    Scenario(
        "url_follows_page",
        _SHOW,
        (
            ("context", "url", "http://example.com:8501/Second"),
            ("run",),
            ("switch_page", "pages/2_Second.py"),
            ("run",),
            ("switch_page", "pages/3_third_page.py"),
            ("run",),
            ("context", "url", "http://example.com:8501/third_page/"),
            ("run",),
        ),
        files=_PAGES,
    ),
    Scenario(
        "membership_and_keys",
        """
        import streamlit as st
        st.write("in", "timezone" in st.context, "headers" in st.context, "nope" in st.context)
        try:
            st.context["nope"]
        except KeyError as exc:
            st.write("KeyError", type(exc).__name__)
        try:
            iter(st.context)
        except TypeError:
            st.write("not iterable")
        h = st.context.headers
        st.write("headers", h.to_dict(), h.get_all("host"), h.get("host", "none"))
        st.write("cookies", len(st.context.cookies))
        """,
        (("run",),),
    ),
    Scenario("unknown_key", _SHOW, (("context", "headers", {"a": "b"}), ("run",))),
    Scenario("wrong_type", _SHOW, (("context", "timezone_offset", "60"), ("run",))),
    Scenario("bool_offset", _SHOW, (("context", "timezone_offset", True), ("run",))),
    Scenario("bad_theme", _SHOW, (("context", "theme", "blue"), ("run",))),
]
