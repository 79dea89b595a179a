"""Frozen entry point of the console executable (ordreview-cli parse|check|export|batch, --selftest)."""

import multiprocessing
import sys

from ordreview.cli import main

# `batch` runs drafts in worker processes: a frozen Windows build must not re-run main() in them.
multiprocessing.freeze_support()

sys.exit(main())
