"""Shared look and small pieces every room uses: palette and text size, icons, chart painting,
screen-reader announcements.
"""
