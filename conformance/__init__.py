"""The differential harness: the same scenario apps on Streamlit's AppTest and on
Ostinato's, compared step by step. See conformance/README.md."""
