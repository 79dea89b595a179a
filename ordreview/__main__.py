"""``python -m ordreview`` is the same as the ``ordreview`` console script."""

import sys

from ordreview.cli import main

sys.exit(main())
