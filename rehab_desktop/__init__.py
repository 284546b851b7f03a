"""rehab-desktop: a follow-along home exercise program for ankle impingement."""

__version__ = "0.1.0"
APP_NAME = "rehab-desktop"
APP_DISPLAY_NAME = "Rehab Desktop"
