"""Benchmarks at workshop and state scale (not part of ``make test``)."""
