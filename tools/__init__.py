"""Developer tools that stand above the application: they read all of it (not shipped)."""
