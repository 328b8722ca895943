"""Options: the registry, and the values in force."""

from ostinato.config.settings import get_option, reset_options, set_option

__all__ = ["get_option", "reset_options", "set_option"]
