"""PDF exports (ReportLab, no Qt): the action-plan draft and the workshop attendance sheet."""

from cocreation_app.reports.exports import export_attendance, export_plan
from cocreation_app.reports.item_map import ITEM_MAP_KEY, read_item_map

__all__ = ["ITEM_MAP_KEY", "export_attendance", "export_plan", "read_item_map"]
