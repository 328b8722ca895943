"""The headless test harness, version 1 (same API as Streamlit's `testing.v1`)."""

from ostinato.testing.v1.app_test import AppTest

__all__ = ["AppTest"]
