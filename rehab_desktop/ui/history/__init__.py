"""Reviewing past sessions: the history page with its calendar, session list and detail, progress
charts, and the exports.
"""
