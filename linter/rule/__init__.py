"""The rule contract: what a rule is (:class:`Rule`) and how its options are declared
(:class:`RuleOptions`, :func:`Field`, on :mod:`~postlint.rule.lazymodel`'s pydantic-compatible
models that import pydantic only when something needs validating).

Built-in rules (``postlint.rules``) and third-party rule packs import from here.

May import: ``postlint.model``. It sits below the rules and above the facts they read.
"""

from .lazymodel import Field
from .rule import WRITTEN_ZONES, Rule, RuleOptions

__all__ = ["Field", "Rule", "RuleOptions", "WRITTEN_ZONES"]
