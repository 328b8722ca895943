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
    Scenario(
        "write_all_secrets_when_asked",
        """
        import streamlit as st
        st.write(st.secrets)
        st.write(st.secrets.to_dict() == {"api_token": "tok-123", "retries": 3,
                 "db": {"user": "ann", "port": 5432, "options": {"ssl": True}}})
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "magic_does_not_show_secrets",
        """
        import streamlit as st
        st.secrets
        st.secrets.db
        st.secrets["db"]["options"]
        "shown"
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "iterate_and_views",
        """
        import streamlit as st
        st.write("iter", list(st.secrets), list(st.secrets.db), len(st.secrets.db))
        st.write("items", [k for k, _ in st.secrets.items()], st.secrets.has_key("db"))
        st.write("values", [type(v).__name__ for v in st.secrets.values()])
        st.write("nested types", type(st.secrets.db).__name__, type(st.secrets.db.options).__name__)
        st.write("section in", "user" in st.secrets.db, "nope" in st.secrets.db.options)
        st.write("load", st.secrets.load_if_toml_exists())
        """,
        (("run",),),
        files={".streamlit/secrets.toml": _TOML},
    ),
    Scenario(
        "get_without_file",
        """
        import streamlit as st
        st.write("load", st.secrets.load_if_toml_exists())
        try:
            st.secrets.get("api_token", "fallback")
        except FileNotFoundError:
            st.write("get FileNotFoundError")
        st.write("hasattr", hasattr(st.secrets, "api_token"))
        try:
            len(st.secrets)
        except FileNotFoundError:
            st.write("len FileNotFoundError")
        """,
        (("run",),),
    ),
    Scenario(
        "merged_with_ostinato_folder_absent",
        """
        import streamlit as st
        st.write(st.secrets.only_here, sorted(st.secrets))
        """,
        (("run",),),
        files={".streamlit/secrets.toml": 'only_here = "yes"\n'},
    ),
]
