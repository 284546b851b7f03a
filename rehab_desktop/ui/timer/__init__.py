"""Timing an exercise: the timer panel and its countdown face, full-screen follow-along, the
controller over the Qt-free engine, its keys, and the sound and speech cues.
"""
