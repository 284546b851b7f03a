"""A session from first set to finish: the session bar, the session controller that records to the
store, the pain dialogs, and the coordinator that joins timer and session.
"""
