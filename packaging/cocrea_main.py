"""Entry point of the frozen application: the same ``cocreation`` command as the wheel's."""

import sys

from cocreation_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
