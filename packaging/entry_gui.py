"""Frozen entry point of the windowed executable."""

import multiprocessing
import sys

from ordreview.cli import main

# `batch` runs drafts in worker processes: a frozen Windows build must not re-run main() in them.
multiprocessing.freeze_support()

sys.exit(main(sys.argv[1:] or ["open"]))
