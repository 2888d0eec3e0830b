"""Cocrea: offline open-government co-creation workshops."""

__version__ = "0.1.0"
