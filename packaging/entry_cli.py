"""Frozen entry point of the console executable (ordreview-cli parse|check|export|batch, --selftest)."""

import sys

from ordreview.cli import main

sys.exit(main())
