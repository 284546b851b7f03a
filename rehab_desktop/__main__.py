"""Allows `python -m rehab_desktop`."""

import sys

from rehab_desktop.app import main

sys.exit(main())
