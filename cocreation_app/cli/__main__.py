"""``python -m cocreation_app.cli``: the ``cocreation`` command."""

import sys

from cocreation_app.cli import main

sys.exit(main())
