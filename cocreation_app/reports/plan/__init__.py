"""The sections of the action-plan draft, one module each, assembled by ``reports.plan_pdf``."""
