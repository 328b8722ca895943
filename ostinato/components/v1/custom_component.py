"""CustomComponent and its marshalling error, importable from where Streamlit has them."""

from ostinato.elements.component import CustomComponent
from ostinato.errors import MarshallComponentException

__all__ = ["CustomComponent", "MarshallComponentException"]
