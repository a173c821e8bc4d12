"""newsgraph: Dutch news articles → a graph of who met whom and who said what.

Notebook use: `from pipeline import NewsGraph, extract, load` (see pipeline/api.py).
"""

__version__ = "0.1.0"
__all__ = ["EntityView", "NewsGraph", "__version__", "extract", "load"]


def __getattr__(name: str):
    # The notebook API pulls in pandas; the CLI should not pay for that on every start.
    if name in ("EntityView", "NewsGraph", "extract", "load"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
