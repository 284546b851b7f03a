"""Reminders: the desktop notification, the in-window banner, the schedule while the app is open, the background
checker (`rehab-desktop remind`) and what runs it while the app is closed."""
