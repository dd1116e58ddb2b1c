"""Settings and rule options: declared like pydantic models, validated by pydantic only when needed.

``from pydantic import BaseModel`` costs ~60 ms at start, a quarter of a one-file ``postlint
check``. A run with no config file and no flags validates nothing: it takes every default as
written. So ``Settings`` and every rule's ``Options`` are ``LazyModel`` classes. They are declared
the way pydantic models are (annotated fields, plain defaults, ``Field(...)`` with pydantic's
keywords, a ``model_config`` dict), and the pydantic model that validates them is built from that
declaration the first time something is validated:

    class Options(RuleOptions):
        max_words: int = Field(40, gt=0, description="Most words in one sentence")

- ``Options.model_construct()`` gives the defaults without importing pydantic;
- ``Options.model_validate(table)`` and ``Options(**values)`` validate as pydantic does (its errors,
  its coercions) and return an ``Options`` instance. Valid values of the plain types config files
  hold are checked here with pydantic's exact result, without importing it (see the last section);
  everything else goes to pydantic;
- ``Options.model_fields`` and ``Options.pydantic_model()`` are pydantic's, for documentation.

pydantic's own ``Field`` and validators may be used in the class body too; they import pydantic
when the module is imported, which is the only cost. Fields hold plain values (numbers, strings,
dates, enums, lists and dicts of them), not nested models.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
import sys
import types
import typing
from typing import Any, ClassVar

_REQUIRED: Any = object()
# Defaults of these types are used as they are; any other default is copied for each instance, as
# pydantic does, so that no two instances share a list.
_IMMUTABLE = (int, float, str, bool, type(None), tuple, frozenset, bytes)


class FieldSpec:
    """What ``Field(...)`` records: a default and pydantic ``Field`` keywords, used when the model is built."""

    __slots__ = ("default", "kwargs")

    def __init__(self, default: Any, kwargs: dict[str, Any]) -> None:
        self.default = default
        self.kwargs = kwargs

    def get_default(self) -> Any:
        factory = self.kwargs.get("default_factory")
        if factory is not None:
            return factory()
        if self.default is _REQUIRED:
            raise TypeError("a required field has no default")
        return _fresh(self.default)

    def __repr__(self) -> str:
        return f"Field({self.default!r}, **{self.kwargs!r})"


def Field(default: Any = _REQUIRED, **kwargs: Any) -> Any:  # noqa: N802 - named like pydantic.Field on purpose
    """Same arguments as ``pydantic.Field``; they are handed to it when the validator is built."""
    return FieldSpec(default, kwargs)


def _fresh(value: Any) -> Any:
    return value if isinstance(value, _IMMUTABLE) else copy.deepcopy(value)


def _is_classvar(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


class _LazyModelMeta(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        own = {
            field: namespace.get(field, _REQUIRED)
            for field, annotation in namespace.get("__annotations__", {}).items()
            if not field.startswith("_") and field != "model_config" and not _is_classvar(annotation)
        }
        inherited: dict[str, Any] = {}
        for base in reversed(bases):
            inherited.update(getattr(base, "__lazy_fields__", {}))
        cls.__lazy_fields__ = {**inherited, **own}
        config: dict[str, Any] = {}
        for base in reversed(cls.__mro__):
            config.update(base.__dict__.get("model_config", {}))
        cls.__lazy_config__ = config  # merged along the bases, as pydantic merges model_config
        cls.__lazy_own__ = tuple(own)
        cls.__lazy_pydantic__ = None
        # A class declared inside a function or a class body may annotate with names local to it;
        # pydantic would have read them from this frame, so keep them for when the model is built.
        frame = sys._getframe(1)
        cls.__lazy_locals__ = dict(frame.f_locals) if frame.f_locals is not frame.f_globals else {}
        return cls

    @property
    def model_fields(cls) -> dict[str, Any]:
        """pydantic's field information (builds the validator)."""
        return cls.pydantic_model().model_fields


class LazyModel(metaclass=_LazyModelMeta):
    """Base of classes declared like pydantic models and validated by one built on first use."""

    model_config: ClassVar[dict[str, Any]] = {}
    __lazy_fields__: ClassVar[dict[str, Any]]
    __lazy_config__: ClassVar[dict[str, Any]]

    def __init__(self, **data: Any) -> None:
        # As in pydantic, calling the class validates.
        validated = type(self)._validated(data)
        object.__setattr__(self, "__dict__", validated.__dict__)

    # -- building -------------------------------------------------------------------------------
    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        """An instance from ``values`` as given and the defaults for the rest; nothing is validated."""
        data: dict[str, Any] = {}
        for name, default in cls.__lazy_fields__.items():
            if name in values:
                data[name] = values[name]
            elif isinstance(default, FieldSpec):
                data[name] = default.get_default()
            elif default is _REQUIRED:
                raise TypeError(f"{cls.__name__}.{name} has no default")
            elif _is_pydantic_field(default):
                # pydantic's own Field: ask the (then built) model for the default.
                data[name] = cls.pydantic_model().model_fields[name].get_default(call_default_factory=True)
            else:
                data[name] = _fresh(default)
        return cls._from_values(data)

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        """``obj`` (a mapping) validated by pydantic; raises ``pydantic.ValidationError``."""
        if isinstance(obj, cls):
            return obj
        return cls._validated(obj)

    @classmethod
    def _validated(cls, obj: Any) -> Any:
        checked = _checked_without_pydantic(cls, obj)
        if checked is not None:
            return cls._from_values(checked)
        model = cls.pydantic_model().model_validate(obj)
        return cls._from_values({name: getattr(model, name) for name in cls.__lazy_fields__})

    @classmethod
    def _from_values(cls, values: dict[str, Any]) -> Any:
        instance = object.__new__(cls)
        object.__setattr__(instance, "__dict__", values)
        return instance

    @classmethod
    def pydantic_model(cls) -> Any:
        """The pydantic model that validates this class, built on first use."""
        model = cls.__dict__.get("__lazy_pydantic__")
        if model is None:
            model = _build_pydantic_model(cls)
            type.__setattr__(cls, "__lazy_pydantic__", model)
        return model

    # -- reading --------------------------------------------------------------------------------
    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        data = {name: copy.deepcopy(self.__dict__[name]) for name in type(self).__lazy_fields__}
        if mode == "json":
            from ..model import to_json

            return {name: to_json(value) for name, value in data.items()}
        return data

    def __setattr__(self, name: str, value: Any) -> None:
        if type(self).__lazy_config__.get("frozen"):
            raise TypeError(f"{type(self).__name__} is frozen; {name} cannot be set")
        if name not in type(self).__lazy_fields__:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        self.__dict__[name] = value

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        if not type(self).__lazy_config__.get("frozen"):
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash((type(self), *(_hashable(v) for v in self.__dict__.values())))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({inner})"


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, _hashable(v)) for k, v in value.items())
    return value


def is_validation_error(exc: BaseException) -> bool:
    """Whether ``exc`` is pydantic's ``ValidationError``, asked without importing pydantic (a value
    checked without it raises none)."""
    pydantic_core = sys.modules.get("pydantic_core")
    return pydantic_core is not None and isinstance(exc, pydantic_core.ValidationError)


def _is_pydantic_field(value: Any) -> bool:
    pydantic_fields = sys.modules.get("pydantic.fields")
    return pydantic_fields is not None and isinstance(value, pydantic_fields.FieldInfo)


def _resolved(cls: Any, annotation: Any, default: Any) -> Any:
    """``annotation`` of a field of ``cls`` as an object (``from __future__ import annotations``
    leaves text), read in the class's module and the scope it was declared in; ``default`` if it
    does not resolve."""
    if not isinstance(annotation, str):
        return annotation
    module = sys.modules.get(cls.__module__)
    try:
        return eval(annotation, dict(vars(module)) if module else {}, cls.__lazy_locals__)  # noqa: S307 - the class's own annotation
    except Exception:  # noqa: BLE001 - any failure: the caller decides
        return default


def _build_pydantic_model(cls: type[LazyModel]) -> Any:
    """A pydantic model with ``cls``'s fields, defaults, config and any validators in its body."""
    from pydantic import BaseModel, ConfigDict
    from pydantic import Field as PydanticField

    parents = [base for base in cls.__bases__ if isinstance(base, _LazyModelMeta) and base is not LazyModel]
    if len(parents) > 1:
        raise TypeError(f"{cls.__name__}: a LazyModel may have one LazyModel base")
    base = parents[0].pydantic_model() if parents else BaseModel
    namespace: dict[str, Any] = {"__module__": cls.__module__, "__qualname__": cls.__qualname__}
    if cls.__doc__:
        namespace["__doc__"] = cls.__doc__
    annotations: dict[str, Any] = {}
    for name, value in cls.__dict__.items():
        if name.startswith("__") and name.endswith("__") or name in cls.__lazy_own__:
            continue
        namespace[name] = value  # model_config, validators, helper methods
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_classvar(annotation) and name != "model_config":
            annotations[name] = ClassVar
    for name in cls.__lazy_own__:
        annotation = cls.__dict__["__annotations__"][name]
        # One that does not resolve is left as text: pydantic resolves it or says what is wrong.
        annotations[name] = _resolved(cls, annotation, default=annotation)
        default = cls.__dict__.get(name, _REQUIRED)
        if isinstance(default, FieldSpec):
            args = () if default.default is _REQUIRED else (default.default,)
            namespace[name] = PydanticField(*args, **default.kwargs)
        elif default is not _REQUIRED:
            namespace[name] = default
    namespace["__annotations__"] = annotations
    if "model_config" in cls.__dict__:
        namespace["model_config"] = ConfigDict(**cls.__dict__["model_config"])
    return types.new_class(cls.__name__, (base,), exec_body=lambda ns: ns.update(namespace))


# -- validation without pydantic, for what config files hold --------------------------------------
#
# A repository with a `[tool.postlint]` table would import pydantic and build validators (~75 ms,
# a third of a one-file check) on every run to check a handful of strings, numbers and lists. So
# values of the few types config files hold are checked here first. When every key and value is
# one this check fully understands and accepts, the result is exactly what pydantic returns (a
# property test compares both). Anything else (an unknown key, a value of another type or outside
# its bounds, a type or Field keyword not listed here, a validator or method in the class) goes
# to pydantic, so every error message and every unusual coercion is still pydantic's.

_SIMPLE_CONFIG = {"extra", "alias_generator", "populate_by_name", "frozen"}
_SIMPLE_FIELD_KEYWORDS = {"default_factory", "description", "title", "examples", "gt", "ge", "lt", "le"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Declined(Exception):
    """The value is not one the check without pydantic decides: pydantic will."""


def _checked_without_pydantic(cls: Any, obj: Any) -> dict[str, Any] | None:
    """``obj``'s values as pydantic would validate them, or None to let pydantic decide."""
    plan = cls.__dict__.get("__lazy_plan__", _REQUIRED)
    if plan is _REQUIRED:
        try:
            plan = _plan(cls)
        except _Declined:
            plan = None
        type.__setattr__(cls, "__lazy_plan__", plan)
    if plan is None or type(obj) is not dict:
        return None
    by_key, names = plan
    values: dict[str, Any] = {}
    try:
        for key, value in obj.items():
            name, check = by_key.get(key, (None, None))
            if name is None or name in values:  # unknown, or given twice (as name and alias)
                return None
            values[name] = check(value)
    except _Declined:
        return None
    if len(values) < len(names):
        defaults = cls.model_construct()
        values = {name: values[name] if name in values else getattr(defaults, name) for name in names}
    return {name: values[name] for name in names}


def _plan(cls: Any) -> tuple[dict[str, tuple[str, Any]], tuple[str, ...]] | None:
    """How to check each key of ``cls`` (by name and alias), or None if ``cls`` is not that simple."""
    config = cls.__lazy_config__
    if set(config) - _SIMPLE_CONFIG or config.get("extra") != "forbid":
        return None
    for klass in cls.__mro__:
        if klass is LazyModel or klass is object:
            continue
        fields = klass.__dict__.get("__lazy_own__", ())
        classvars = {n for n, a in klass.__dict__.get("__annotations__", {}).items() if _is_classvar(a)}
        for name in klass.__dict__:
            if not (name.startswith("__") and name.endswith("__")) and name not in fields \
                    and name not in classvars and name != "model_config":
                return None  # a validator, a method, a private attribute: pydantic's to interpret
    by_key: dict[str, tuple[str, Any]] = {}
    for klass in reversed(cls.__mro__):
        for name in klass.__dict__.get("__lazy_own__", ()):
            default = klass.__dict__.get(name, _REQUIRED)
            constraints: dict[str, Any] = {}
            if isinstance(default, FieldSpec):
                if set(default.kwargs) - _SIMPLE_FIELD_KEYWORDS:
                    return None
                constraints = {k: v for k, v in default.kwargs.items() if k in ("gt", "ge", "lt", "le")}
            elif default is _REQUIRED or not isinstance(default, _IMMUTABLE + (list, dict)):
                return None  # required fields and pydantic's own Field
            annotation = _resolved(klass, klass.__dict__["__annotations__"][name], default=_REQUIRED)
            if annotation is _REQUIRED:
                return None  # an annotation only pydantic can resolve
            check = _checker(annotation, constraints)
            keys = {name} if config.get("populate_by_name") or "alias_generator" not in config else set()
            if "alias_generator" in config:
                keys.add(config["alias_generator"](name))
            for key in keys:
                by_key[key] = (name, check)
    names = tuple(cls.__lazy_fields__)
    return by_key, names


def _checker(annotation: Any, constraints: dict[str, Any]) -> Any:
    """A function that returns pydantic's value for inputs it is sure of and raises _Declined otherwise."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if constraints and annotation not in (int, float):
        raise _Declined
    if annotation is int:
        return _bounded(_int, constraints)
    if annotation is float:
        return _bounded(_float, constraints)
    if annotation is str:
        return _str
    if annotation is bool:
        return lambda v: v if type(v) is bool else _decline()
    if annotation is typing.Any:
        return lambda v: v
    if annotation is dt.date:
        return _date
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        members = annotation._value2member_map_
        return lambda v: v if type(v) is annotation else members[v] if type(v) is str and v in members else _decline()
    if origin is typing.Literal and all(type(a) is str for a in args):
        return lambda v: v if type(v) is str and v in args else _decline()
    if origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = _checker(next(a for a in args if a is not type(None)), {})
        return lambda v: None if v is None else inner(v)
    if origin is list and len(args) == 1:
        item = _checker(args[0], {})
        return lambda v: [item(x) for x in v] if type(v) is list else _decline()
    if origin is dict and len(args) == 2 and args[0] is str:
        value = _checker(args[1], {})

        def mapping(v: Any) -> dict[str, Any]:
            if type(v) is not dict:
                raise _Declined
            return {_str(k): value(x) for k, x in v.items()}

        return mapping
    raise _Declined


# Numbers and strings pydantic surely takes as they are: no bool for an int, no float beyond
# what an int converts to exactly, no string it could reject as invalid Unicode.
_EXACT_INT = 2**53


def _int(v: Any) -> int:
    if type(v) is int and -_EXACT_INT <= v <= _EXACT_INT:
        return v
    raise _Declined


def _float(v: Any) -> float:
    if type(v) is float:
        return v
    return float(_int(v))


def _str(v: Any) -> str:
    if type(v) is str and (v.isascii() or not _has_surrogate(v)):
        return v
    raise _Declined


def _has_surrogate(v: str) -> bool:
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _bounded(check: Any, constraints: dict[str, Any]) -> Any:
    if not constraints:
        return check
    gt, ge, lt, le = (constraints.get(k) for k in ("gt", "ge", "lt", "le"))

    def bounded(v: Any) -> Any:
        v = check(v)
        if (gt is not None and not v > gt) or (ge is not None and not v >= ge) \
                or (lt is not None and not v < lt) or (le is not None and not v <= le):
            raise _Declined
        return v

    return bounded


def _date(v: Any) -> dt.date:
    if type(v) is dt.date:
        return v
    if type(v) is str and _ISO_DATE.fullmatch(v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            pass
    raise _Declined


def _decline() -> Any:
    raise _Declined
