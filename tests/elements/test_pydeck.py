"""st.pydeck_chart: pydeck's own JSON sent to the page (an empty world map for None),
the tooltip, sizes, the pick state with `on_select` (Streamlit's PydeckState) and
the errors for bad selection modes."""

from __future__ import annotations

from ostinato.testing.v1 import AppTest

HEAD = "import ostinato as st\nimport pydeck as pdk\nimport pandas as pd\n"
DECK = (
    'df = pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 4.0]})\n'
    'deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=df, get_position=["lon", "lat"])],'
    ' tooltip={"text": "{lat}"})\n'
)


def run(body: str) -> AppTest:
    return AppTest.from_string(HEAD + body).run(timeout=60)


def test_the_spec_is_pydecks_json_with_its_rows() -> None:
    at = run(DECK + "st.pydeck_chart(deck)\nst.pydeck_chart()\n")
    chart, empty = at.get("deck_gl_json_chart")
    assert chart.type == "deck_gl_json_chart" and chart.value is None
    layer = chart.props["spec"]["layers"][0]
    assert layer["@@type"] == "ScatterplotLayer" and layer["data"] == [
        {"lat": 1.0, "lon": 3.0},
        {"lat": 2.0, "lon": 4.0},
    ]
    assert chart.props["tooltip"] == {"text": "{lat}"}
    assert (chart.props["width"], chart.props["height"]) == ("stretch", 500)
    assert empty.props["spec"]["initialViewState"]["zoom"] == 1


def test_on_select_returns_the_picks_kept_under_the_key_across_reruns() -> None:
    at = run(
        DECK
        + 'event = st.pydeck_chart(deck, on_select="rerun", key="d",'
        + ' selection_mode="multi-object")\nst.write(event.selection.indices)\n'
    )
    chart = at.get("deck_gl_json_chart")[0]
    assert chart.key == "d" and chart.props["selection_mode"] == "multi-object"
    assert at.session_state["d"] == {"selection": {"indices": {}, "objects": {}}}
    at.run(timeout=60)  # a new layer uuid each run: still the same widget
    assert not at.exception and at.session_state["d"]["selection"]["objects"] == {}


def test_bad_selection_modes_and_sizes_are_errors_naming_the_parameter() -> None:
    for call, words in [
        ('st.pydeck_chart(deck, on_select="rerun", selection_mode="all")', "selection_mode"),
        (
            'st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"])',
            "single value",
        ),
        ('st.pydeck_chart(deck, height="content")', "height"),
        ("st.pydeck_chart({'layers': []})", "pydeck_obj"),
    ]:
        at = run(DECK + call + "\n")
        assert words in at.exception[0].value, call
