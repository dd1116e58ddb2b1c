"""LazyModel: declared like a pydantic model, validated by one built on first use."""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar, Literal

import pytest
from postlint.rule import Rule, RuleOptions
from postlint.rule.lazymodel import Field, LazyModel
from pydantic import ValidationError


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Sample(LazyModel):
    """A sample of every kind of declaration the project uses."""

    model_config = {"extra": "forbid", "alias_generator": _kebab, "populate_by_name": True}
    registry_name: ClassVar[str] = "not a field"

    limit: int = Field(10, gt=0, description="Most of something")
    ratio: float = 0.5
    names: list[str] = Field(default_factory=list, description="Some names")
    mode: Literal["auto", "none"] = "auto"
    when: dt.date | None = None


def test_defaults_without_validation_equal_validated_defaults() -> None:
    assert Sample.model_construct() == Sample.model_validate({}) == Sample()
    assert Sample.model_construct().limit == 10
    assert list(Sample.model_construct().model_dump()) == ["limit", "ratio", "names", "mode", "when"]


def test_class_variables_are_not_fields() -> None:
    assert "registry_name" not in Sample.model_construct().model_dump()
    assert "registry_name" not in Sample.model_fields


def test_each_instance_gets_its_own_mutable_default() -> None:
    first, second = Sample.model_construct(), Sample.model_construct()
    first.names.append("x")
    assert second.names == []


def test_validation_is_pydantic_s_coercion_aliases_and_errors() -> None:
    value = Sample.model_validate({"limit": "3", "names": ["a"], "when": "2026-01-02", "mode": "none"})
    assert (value.limit, value.names, value.when, value.mode) == (3, ["a"], dt.date(2026, 1, 2), "none")
    assert isinstance(value, Sample)
    assert Sample(limit=4).limit == 4  # calling the class validates, as in pydantic
    with pytest.raises(ValidationError, match="greater than 0"):
        Sample.model_validate({"limit": 0})
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Sample.model_validate({"colour": "red"})
    with pytest.raises(ValidationError):
        Sample(mode="sometimes")


def test_model_fields_are_pydantic_s_with_descriptions() -> None:
    assert Sample.model_fields["limit"].description == "Most of something"
    assert Sample.model_fields["names"].default_factory is list


def test_model_dump_copies_and_json_mode_writes_plain_values() -> None:
    value = Sample.model_validate({"when": "2026-01-02", "names": ["a"]})
    dumped = value.model_dump()
    dumped["names"].append("b")
    assert value.names == ["a"]
    assert value.model_dump(mode="json")["when"] == "2026-01-02"


def test_unfrozen_models_take_known_fields_only() -> None:
    value = Sample.model_construct()
    value.limit = 5
    assert value.limit == 5
    with pytest.raises(AttributeError):
        value.limti = 5


def test_rule_options_are_frozen_and_hashable() -> None:
    class Options(RuleOptions):
        max_words: int = Field(40, gt=0)

    options = Options.model_construct()
    with pytest.raises(TypeError):
        options.max_words = 3
    assert hash(options) == hash(Options.model_validate({"max-words": 40}))
    assert Options.model_validate({"max-words": 7}).max_words == 7


def test_annotations_may_name_things_local_to_a_function() -> None:
    class Colour(enum.Enum):
        RED = "red"
        BLUE = "blue"

    class Options(RuleOptions):
        colour: Colour = Colour.RED

    assert Options.model_validate({"colour": "blue"}).colour is Colour.BLUE
    assert Options.model_construct().colour is Colour.RED


def test_a_subclass_adds_fields_and_keeps_its_parent_s_config() -> None:
    class Child(Sample):
        extra_limit: int = 2

    value = Child.model_validate({"extra-limit": 3, "limit": 4})
    assert (value.limit, value.extra_limit) == (4, 3)
    assert Child.model_construct() == Child.model_validate({})
    with pytest.raises(ValidationError):
        Child.model_validate({"unknown": 1})


def test_pydantic_s_own_field_and_validators_work_in_the_body() -> None:
    from pydantic import Field as PydanticField
    from pydantic import field_validator

    class Options(RuleOptions):
        words: list[str] = PydanticField(default_factory=lambda: ["a"], description="Words")

        @field_validator("words")
        @classmethod
        def _lower(cls, value: list[str]) -> list[str]:
            return [w.lower() for w in value]

    assert Options.model_construct().words == ["a"]
    assert Options.model_validate({"words": ["B"]}).words == ["b"]


def test_a_plain_pydantic_model_is_still_accepted_as_options() -> None:
    from pydantic import BaseModel

    class Plain(Rule):
        """What it checks: x. Why it matters: y. Example: z. Instead: w."""

        code, name, summary = "XPL001", "plain", "A plain pydantic Options"

        class Options(BaseModel):
            limit: int = 1

    class Broken(Plain):
        code = "XPL002"
        Options = dict  # type: ignore[assignment]

    assert not [p for p in Plain.validate_definition() if "Options" in p]
    assert any("Options must subclass RuleOptions" in p for p in Broken.validate_definition())


# -- the check without pydantic ---------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from postlint.engine.config import Settings  # noqa: E402
from postlint.engine.registry import builtin_registry  # noqa: E402
from postlint.rule.lazymodel import _checked_without_pydantic  # noqa: E402

_CHECKED_CLASSES = [Settings, Sample] + [
    rule.Options for rule in builtin_registry().rules.values() if rule.Options.__lazy_fields__
]
_WORDS = ["info", "warning", "error", "WARNING", "auto", "none", "MDY", "north", "south", "ALL", "READ003",
          "2026-01-02", "2026-02-30", "2026-1-2", "3", "true", "", "\udce9"]
_SCALARS = st.one_of(
    st.integers(min_value=-(2**60), max_value=2**60), st.floats(), st.booleans(), st.none(),
    st.text(max_size=6), st.sampled_from(_WORDS), st.dates(), st.datetimes(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.tuples(inner),
                            st.dictionaries(st.sampled_from(["READ003", "REQ002", "a/*", "max-words"]) | st.integers(), inner, max_size=3)),
    max_leaves=6,
)


def _keys(cls) -> list[str]:
    names = list(cls.__lazy_fields__)
    return names + [n.replace("_", "-") for n in names] + ["unknown"]


def _same(a, b) -> bool:
    """Equal values of the same types all the way down (30 and 30.0 differ; nan equals nan)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_what_is_checked_without_pydantic_is_what_pydantic_returns(data) -> None:
    from pydantic import ValidationError

    for cls in _CHECKED_CLASSES:
        keys = st.sampled_from(_keys(cls))
        # One key at a time finds a wrong check soonest; several show that keys do not interfere.
        table = data.draw(st.dictionaries(keys, _VALUES, min_size=1, max_size=1)
                          | st.dictionaries(keys, _VALUES, max_size=4), label=cls.__name__)
        checked = _checked_without_pydantic(cls, table)
        if checked is None:
            continue  # pydantic decides
        try:
            expected = cls.pydantic_model().model_validate(table)
        except ValidationError as exc:
            raise AssertionError(f"{cls.__name__}: accepted {table!r}, which pydantic rejects: {exc}") from exc
        assert list(checked) == list(cls.__lazy_fields__)
        for name, value in checked.items():
            assert _same(value, getattr(expected, name)), (cls.__name__, name, table)


_SAMPLE_VALUES = [
    0, 1, 3, -1, 12, 2**53, 2**60, 0.5, 30.0, 1e308, float("inf"), float("nan"), True, False, None,
    *_WORDS, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2), (), ["READ003"], ["READ003", 3], [True], [],
    {"a/*": ["PAY"]}, {"LANG": "info"}, {"LANG": "loud"}, {"REQ002": {"max-required": 12}}, {3: "info"}, {},
]


def _agrees_with_pydantic(cls, table) -> bool:
    from pydantic import ValidationError

    checked = _checked_without_pydantic(cls, table)
    if checked is None:
        return True
    try:
        expected = cls.pydantic_model().model_validate(table)
    except ValidationError:
        return False
    return all(_same(value, getattr(expected, name)) for name, value in checked.items())


@pytest.mark.parametrize("cls", _CHECKED_CLASSES, ids=lambda c: c.__qualname__)
def test_every_field_and_sample_value_agrees_with_pydantic(cls) -> None:
    disagree = [(key, value) for key in _keys(cls) for value in _SAMPLE_VALUES
                if not _agrees_with_pydantic(cls, {key: value})]
    assert not disagree


def test_plain_config_tables_are_checked_without_pydantic() -> None:
    table = {"ignore": ["READ003"], "extend-select": ["STRUCT004"], "fail-on": "error", "today": "2026-11-25",
             "per-file-ignores": {"archive/*": ["DATE006"]}, "severity": {"LANG": "info"}, "max-file-size": 100,
             "rules": {"REQ002": {"max-required": 12}}, "date_order": "DMY"}
    checked = _checked_without_pydantic(Settings, table)
    assert checked is not None
    assert checked["fail_on"].value == "error" and checked["date_order"] == "DMY"
    options = builtin_registry().rules["REQ002"].Options
    assert _checked_without_pydantic(options, {"max-required": 12}) == {"max_required": 12}
    # Bounds, unknown keys and other types are left to pydantic, whose messages users see.
    assert _checked_without_pydantic(options, {"max-required": 0}) is None
    assert _checked_without_pydantic(options, {"max-requierd": 3}) is None
    assert _checked_without_pydantic(options, {"max-required": "3"}) is None
    assert _checked_without_pydantic(Settings, {"today": "tomorrow"}) is None


def test_classes_with_validators_are_always_validated_by_pydantic() -> None:
    from pydantic import field_validator

    class Options(RuleOptions):
        word: str = "a"

        @field_validator("word")
        @classmethod
        def _upper(cls, value: str) -> str:
            return value.upper()

    assert _checked_without_pydantic(Options, {"word": "b"}) is None
    assert Options.model_validate({"word": "b"}).word == "B"


def test_an_annotation_that_does_not_resolve_is_left_to_pydantic() -> None:
    class Options(RuleOptions):
        limit: "NoSuchType" = 1  # noqa: F821

    assert Options.model_construct().limit == 1
    assert _checked_without_pydantic(Options, {"limit": 2}) is None
    with pytest.raises(Exception, match="NoSuchType"):
        Options.model_validate({"limit": 2})
