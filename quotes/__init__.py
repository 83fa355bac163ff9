"""quotes: find quoted speech and its speakers in news articles."""

__version__ = "0.1.0"
