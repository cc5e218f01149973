"""fever-builder: turn a collection of articles into a FEVER-style fact-verification dataset."""

__version__ = "0.1.0"
