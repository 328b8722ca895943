"""st.secrets: read from the app folder's secrets.toml, or given by the test
through at.secrets; item and attribute access, sections, missing keys, no file."""

from conformance.harness import Scenario

_TOML = """
api_token = "tok-123"
retries = 3

[db]
user = "ann"
port = 5432

[db.options]
ssl = true
"""

SCENARIOS = [
    Scenario(
        "from_file",
        """
        import streamlit as st
        st.write("token", st.secrets["api_token"], st.secrets.retries)
        st.write("user", st.secrets.db.user, st.secrets["db"]["port"])
        st.write("ssl", st.secrets.db.options.ssl, st.secrets["db"].options["ssl"])
        st.write("has db", "db" in st.secrets, "nope" in st.secrets, len(st.secrets))
        st.write("keys", sorted(st.secrets.keys()), sorted(st.secrets.db.keys()))
        st.write("dict", st.secrets.db.to_dict() == {"user": "ann", "port": 5432, "options": {"ssl": True}})
        st.write("get", st.secrets.get("nope", "fallback"), st.secrets.db.get("user"))
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "missing_keys",
        """
        import streamlit as st
        try:
            st.secrets["nope"]
        except KeyError as exc:
            st.write("item", type(exc).__name__, isinstance(exc, KeyError))
        try:
            st.secrets.nope
        except AttributeError as exc:
            st.write("attribute", isinstance(exc, AttributeError))
        try:
            st.secrets.db["nope"]
        except KeyError:
            st.write("section item KeyError")
        try:
            st.secrets.db.nope
        except AttributeError:
            st.write("section attribute AttributeError")
        st.secrets.db.missing_here
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "read_only",
        """
        import streamlit as st
        for action in ("item", "attribute", "delete", "section"):
            try:
                if action == "item":
                    st.secrets["x"] = 1
                elif action == "attribute":
                    st.secrets.x = 1
                elif action == "delete":
                    del st.secrets["retries"]
                else:
                    st.secrets.db["user"] = "bo"
            except TypeError:
                st.write(action, "TypeError")
        st.write(st.secrets.retries)
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "no_secrets_file",
        """
        import streamlit as st
        try:
            st.secrets["api_token"]
        except FileNotFoundError as exc:
            st.write("item", isinstance(exc, FileNotFoundError), isinstance(exc, KeyError))
        try:
            st.secrets.api_token
        except AttributeError:
            st.write("attribute AttributeError")
        try:
            "api_token" in st.secrets
        except FileNotFoundError:
            st.write("membership FileNotFoundError")
        st.write("get", st.secrets.get("api_token", "fallback") if False else "skipped")
        st.secrets["api_token"]
        """,
        (("run",),),
    ),
    Scenario(
        "given_by_test",
        """
        import streamlit as st
        st.write("token", st.secrets["api_token"])
        st.write("user", st.secrets.db.user, st.secrets["db"]["port"])
        st.write("keys", sorted(st.secrets))
        """,
        (
            ("secret", "api_token", "from-test"),
            ("secret", "db", {"user": "bo", "port": 1}),
            ("run",),
            ("secret", "api_token", "changed"),
            ("run",),
        ),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "test_secrets_replace_file",
        """
        import streamlit as st
        st.write("retries" in st.secrets, st.secrets.get("only", "none"))
        """,
        (("run",), ("secret", "only", "mine"), ("run",)),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "top_level_in_environment",
        """
        import os
        import streamlit as st
        st.secrets.load_if_toml_exists()
        st.write("env", os.environ.get("secret_env_probe"), os.environ.get("secret_env_number"))
        st.write("table not exported", os.environ.get("secret_env_table"))
        """,
        (("run",),),
        files={
            ".streamlit/secrets.toml": 'secret_env_probe = "on"\nsecret_env_number = 7\n'
            "[secret_env_table]\nx = 1\n"
        },
    ),
    Scenario(
        "write_secrets",
        """
        import streamlit as st
        st.write(st.secrets.db)
        st.json(st.secrets.db.to_dict())
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
]
