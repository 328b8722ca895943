"""`make screenshot`'s side-by-side pictures: six apps, Ostinato next to Streamlit 1.67."""
