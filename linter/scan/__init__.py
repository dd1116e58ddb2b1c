"""Text scanning primitives shared by every stage, kept fast because every posting passes them.

``textscan`` (case folding, lazily compiled patterns, sentence ends, the plain-TOML loader),
``candidates`` (the per-posting word index and pattern pre-checks), ``memo`` (bounded memos keyed by
text).

May import: the standard library only. The bottom layer, beside ``postlint.model``.
"""
