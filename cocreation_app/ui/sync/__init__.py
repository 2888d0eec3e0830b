"""Moving data between laptops in the window: export, the coordinator's import, conflicts."""
