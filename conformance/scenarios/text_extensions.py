"""Text of Streamlit 1.67 beyond plain Markdown: st.latex (the TeX between "$$" lines),
Markdown with Streamlit's extensions (the value is the source, unchanged), st.html
(the HTML as given, from a string, a Path, a .css Path or _repr_html_), st.code's
parameters; bad arguments."""

from conformance.harness import Scenario


def _one(name: str, body: str) -> Scenario:
    return Scenario(name, "import streamlit as st\n" + body + "\n", (("run",),))


SCENARIOS = [
    _one(
        "latex_values",
        'st.latex(r"""\n    a + ar + a r^2 = \\sum_{k=0}^{n-1} ar^k\n    """)\n'
        'st.latex("x^2", help="squared")\n'
        'st.latex(r"\\frac{", width="content")\n'
        "st.latex(42, width=200)\n"
        'st.write("after")',
    ),
    _one("latex_bad_width", 'st.latex("x", width="wide")'),
    _one(
        "markdown_extensions",
        'st.markdown(":red[red] :blue-background[bg] :green-badge[:material/star: top]")\n'
        'st.markdown("Emoji :smile: :+1: and :material/home: icons, math $x^2$")\n'
        'st.markdown("$$\\n\\\\frac{a}{b}\\n$$")\n'
        'st.markdown(":small[s] :rainbow[r] :color[c]{foreground=\\"#d50000\\"} a -> b")\n'
        'st.caption(":gray[muted] :violet-badge[v]")\n'
        'st.title(":blue[Blue] title")\n'
        'st.header("Header :material/bolt:")\n'
        'st.write(":orange[written] with $y$")',
    ),
    _one(
        "labels_with_markdown",
        'st.button(":material/home: **Home** :red[now]")\n'
        'st.checkbox(":green[Agree] to *terms*")\n'
        'with st.expander(":blue[More] :smile:"):\n'
        '    st.write("inside")\n'
        'a, b = st.tabs([":red[One]", "**Two**"])\n'
        "with b:\n"
        '    st.write("in two")',
    ),
    _one(
        "text_layout_params",
        'st.markdown("# Head\\ntext", width="content", text_alignment="center", anchors=False)\n'
        'st.markdown("one line", wrap=False, width=200)\n'
        'st.caption("small", text_alignment="right", wrap=False)\n'
        'st.title("Title", icon=":material/home:", width="content")\n'
        'st.header("Header", icon="🔥", text_alignment="justify", divider="blue")\n'
        'st.subheader("Sub", icon="", wrap=False)',
    ),
    _one("markdown_bad_alignment", 'st.markdown("x", text_alignment="middle")'),
    _one("markdown_wrap_and_html", 'st.markdown("<b>x</b>", unsafe_allow_html=True, wrap=False)'),
    _one("markdown_bad_wrap", 'st.caption("x", wrap="no")'),
    _one("heading_bad_icon", 'st.header("x", icon="not an icon")'),
    _one("markdown_bad_width", 'st.markdown("x", width=-5)'),
    _one(
        "html_values",
        'st.html("""\n    <p>Hi <script>alert(1)</script></p>\n    """)\n'
        'st.html("<b>run</b><script>1</script>", unsafe_allow_javascript=True)\n'
        "class Card:\n"
        "    def _repr_html_(self):\n"
        '        return "<i>card</i>"\n'
        "st.html(Card())\n"
        "st.html(42, width=300)\n"
        'st.write("after")',
    ),
    Scenario(
        "html_files",
        "import streamlit as st\n"
        "from pathlib import Path\n"
        'st.html(Path("part.html"))\n'
        'st.html("<p>before the style</p>")\n'
        'st.write("end")\n',
        (("run",),),
        files={"part.html": "<div>from a file</div>\n"},
    ),
    Scenario(
        "html_style_only",
        "import streamlit as st\n"
        "from pathlib import Path\n"
        'st.html("<style>p { color: teal }</style>")\n'
        'st.html(Path("look.css"))\n'
        'st.write("end")\n',
        (("run",),),
        files={"look.css": "p { margin: 0 }\n"},
    ),
    _one("html_empty", 'st.html("  ")'),
    _one("html_bad_width", 'st.html("<p>x</p>", width=0)'),
    _one(
        "code_params",
        'st.code("\\nprint(1)\\n\\n")\n'
        'st.code("SELECT 1", language="sql", line_numbers=True, wrap_lines=True)\n'
        'st.code("plain", language=None, height=120, width="content")\n'
        'st.code("x", height="stretch", width=300)\n'
        "st.code(123)",
    ),
    _one("code_bad_height", 'st.code("x", height=-1)'),
    _one("code_bad_width", 'st.code("x", width="wide")'),
]
