"""newslint: a linter for the text of news articles after ingest."""

__version__ = "0.1.0"
