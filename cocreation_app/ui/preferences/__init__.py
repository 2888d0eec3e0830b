"""Preferences: the user's choices that outlive a session (for now, the language)."""
