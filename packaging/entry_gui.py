"""Frozen entry point of the windowed executable."""

import sys

from ordreview.cli import main

sys.exit(main(sys.argv[1:] or ["open"]))
