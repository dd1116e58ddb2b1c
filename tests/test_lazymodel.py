"""LazyModel: declared like a pydantic model, validated by one built on first use."""

from __future__ import annotations

import datetime as dt
import enum
from typing import ClassVar, Literal

import pytest
from pydantic import ValidationError

from postlint.lazymodel import Field, LazyModel
from postlint.rule import Rule, RuleOptions


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
