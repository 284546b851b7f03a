"""Entry point of the frozen app (PyInstaller): the same `main` the rehab-desktop command runs."""

import sys

from rehab_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
