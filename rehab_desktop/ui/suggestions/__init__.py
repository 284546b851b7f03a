"""Progression suggestions in the window: the service that reads and answers them, their cards (on the
Plan page and after a session) and Settings > Suggestions."""
