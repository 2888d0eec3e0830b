"""The plenary view: the live ranking and the activity timer on the projector."""
