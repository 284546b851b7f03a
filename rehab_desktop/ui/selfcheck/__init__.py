"""The weekly self-checks: taking one (dialog.py, with the timed stance in stance.py) and the History tab (page.py)."""
