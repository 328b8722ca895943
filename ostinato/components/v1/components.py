"""Where some component packages import the component API from, as in Streamlit
(`from streamlit.components.v1.components import CustomComponent`)."""

from ostinato.elements.component import CustomComponent, declare_component
from ostinato.errors import MarshallComponentException

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component"]
