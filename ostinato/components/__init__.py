"""st.components: custom components and HTML in iframes, as in Streamlit
(`import ostinato.components.v1 as components`)."""

from ostinato.components import v1

__all__ = ["v1"]
