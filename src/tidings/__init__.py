"""tidings: news and analysis articles into a source-linked dataset of actors, events and facts."""

__version__ = "0.1.0"
