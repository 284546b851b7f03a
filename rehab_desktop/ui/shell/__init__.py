"""The window around the rooms: main window, menus, settings dialog, welcome and about, and the single-instance lock."""
