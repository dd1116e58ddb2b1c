"""postlint's built-in rules, one module per rule family (import name ``postlint.rules``).

Add a family by writing its module and naming it here.
"""

BUILTIN_MODULES = [
    "meta",
    "compensation",
    "dates",
    "requirements",
    "language",
    "readability",
    "structure",
    "schema",
]
