"""st.file_uploader driven through AppTest: upload, several files, replace, clear."""

from conformance.harness import Scenario

SCENARIOS = [
    Scenario(
        "upload_one_and_read_it",
        """
        import streamlit as st
        f = st.file_uploader("Data", type=["csv"], key="data")
        if f is not None:
            st.write(f.name, f.type, f.size)
            st.text(f.getvalue().decode())
        else:
            st.write("no file")
        """,
        (
            ("run",),
            ("upload", "file_uploader", "data", "a.csv", b"x,y\n1,2\n", "text/csv"),
            ("run",),
            ("run",),
        ),
    ),
    Scenario(
        "upload_several",
        """
        import streamlit as st
        files = st.file_uploader("Files", accept_multiple_files=True)
        st.write("count:", len(files))
        for f in files:
            st.text(f"{f.name}: {f.read().decode()}")
        """,
        (
            ("run",),
            ("upload", "file_uploader", 0, "one.txt", b"1", "text/plain"),
            ("upload", "file_uploader", 0, "two.txt", b"22", "text/plain"),
            ("run",),
        ),
    ),
    Scenario(
        "set_value_replaces_then_clear",
        """
        import streamlit as st
        files = st.file_uploader("Files", accept_multiple_files=True, key="fs")
        st.write("names:", ", ".join(f.name for f in files))
        """,
        (
            ("run",),
            (
                "set_value",
                "file_uploader",
                "fs",
                [("a.txt", b"a", "text/plain"), ("b.txt", b"b", "text/plain")],
            ),
            ("run",),
            ("set_value", "file_uploader", "fs", ("c.txt", b"c", "text/plain")),
            ("run",),
            ("clear", "file_uploader", "fs"),
            ("run",),
        ),
    ),
    Scenario(
        "upload_callback",
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def got():
            f = st.session_state.up
            st.session_state.log.append(None if f is None else f.name)
        st.file_uploader("Up", key="up", on_change=got)
        st.write("log:", ", ".join(str(x) for x in st.session_state.log))
        """,
        (
            ("run",),
            ("upload", "file_uploader", "up", "r.bin", b"\x00\x01"),
            ("run",),
            ("run",),
            ("clear", "file_uploader", "up"),
            ("run",),
        ),
    ),
]
