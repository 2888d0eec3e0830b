"""Review mode: observations beside each item, replies, addressed, review status and history."""
