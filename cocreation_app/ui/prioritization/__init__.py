"""Prioritization: vote entry, criteria grid, ranking, selection for solution design."""
