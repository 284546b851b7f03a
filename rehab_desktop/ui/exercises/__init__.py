"""Choosing and reading an exercise: the browser list and its model, the step-by-step instructions,
the program guidance.
"""
