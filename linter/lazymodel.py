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
- ``Options.model_validate(table)`` and ``Options(**values)`` validate with pydantic (its errors,
  its coercions) and return an ``Options`` instance;
- ``Options.model_fields`` and ``Options.pydantic_model()`` are pydantic's, for documentation.

pydantic's own ``Field`` and validators may be used in the class body too; they import pydantic
when the module is imported, which is the only cost. Fields hold plain values (numbers, strings,
dates, enums, lists and dicts of them), not nested models.
"""

from __future__ import annotations

import copy
import sys
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
            from postlint.model import to_json

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


def _is_pydantic_field(value: Any) -> bool:
    pydantic_fields = sys.modules.get("pydantic.fields")
    return pydantic_fields is not None and isinstance(value, pydantic_fields.FieldInfo)


def _build_pydantic_model(cls: type[LazyModel]) -> Any:
    """A pydantic model with ``cls``'s fields, defaults, config and any validators in its body."""
    import types

    from pydantic import BaseModel, ConfigDict
    from pydantic import Field as PydanticField

    parents = [base for base in cls.__bases__ if isinstance(base, _LazyModelMeta) and base is not LazyModel]
    if len(parents) > 1:
        raise TypeError(f"{cls.__name__}: a LazyModel may have one LazyModel base")
    base = parents[0].pydantic_model() if parents else BaseModel
    module = sys.modules.get(cls.__module__)
    global_names = dict(vars(module)) if module is not None else {}
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
        if isinstance(annotation, str):
            annotation = eval(annotation, global_names, cls.__lazy_locals__)  # noqa: S307 - our own annotation text
        annotations[name] = annotation
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
