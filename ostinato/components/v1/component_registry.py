"""declare_component, importable from where Streamlit has it."""

from ostinato.elements.component import declare_component

__all__ = ["declare_component"]
