"""Applicant checklists: a posting and its findings (and optionally a resume) -> Markdown.

``checklist`` builds the template context, merges the checklist already on disk (ticks and notes
survive), renders it with Jinja and writes it atomically; ``resume`` reads a resume and matches it
against the requirements (imported only with ``--resume``).

The only package that imports jinja2. May import the layers below the CLI: ``postlint.engine`` and
everything under it.
"""

from .checklist import ChecklistContext, ChecklistError, run_checklists

__all__ = ["ChecklistContext", "ChecklistError", "run_checklists"]
