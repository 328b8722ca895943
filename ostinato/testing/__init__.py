"""Test harnesses that drive the real runtime without a browser."""
