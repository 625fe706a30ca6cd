"""newstimeline: event timelines from news articles."""

__version__ = "0.1.0"
