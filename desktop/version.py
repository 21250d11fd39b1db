"""The application's version, read by packaging, the report and the About box."""

__version__ = "0.1.0"
