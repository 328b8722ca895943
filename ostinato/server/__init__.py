"""The web server: the page, its assets, one websocket per tab, uploads."""
