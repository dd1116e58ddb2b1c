"""Input: bytes -> text -> postings.

``read`` turns a file's bytes into text (encoding detected, binary refused, never a traceback);
``jsonl`` streams JSON Lines records; ``split`` cuts one text into postings; ``headings`` names
sections; ``suppress`` finds inline ``postlint: disable`` comments; ``parse`` builds the
:class:`~postlint.model.Posting` with every piece's source span. A new input format gets one module
here.

May import: ``postlint.model`` and ``postlint.scan``. Nothing here knows about facts or rules.
"""
