"""newsgraph: Dutch news articles → a graph of who met whom and who said what."""

__version__ = "0.1.0"
