"""The element tree layer, below the runtime: nodes and paths (`node`), Markdown
rendering of their text (`markdown`), the nodes the runtime itself shows
(`notices`: alerts and exceptions), and the registry through which elements
make themselves known (`registry`)."""
