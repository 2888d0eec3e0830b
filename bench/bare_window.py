"""The floor for start-up: a bare PySide6 main window, shown, then the event loop's first turn.

Run as a fresh process, like the application: prints ``COCREA_READY`` (and ``COCREA_STARTED``)
when the window is shown and the event loop runs, then quits.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()

    def ready() -> None:
        print("COCREA_READY", flush=True)
        print("COCREA_STARTED", flush=True)  # nothing more to load
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
