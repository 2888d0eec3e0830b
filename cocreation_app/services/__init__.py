"""Every domain operation, one transaction per user action, each recorded in the change log.

No Qt here: the CLI, the tests and the UI all drive these services.
"""
