"""`record`: the part of `dataclasses.dataclass` that factcheck uses, cheap to apply.

The classes that hold data (blocks, sentences, mentions, findings, settings) are declared as
dataclasses are: fields as annotations, in order, with defaults, and `field(...)` for default
factories and for fields kept out of `__init__`, the repr or comparisons. `@record` gives such
a class what `@dataclass` gives it here: an `__init__` taking the fields in order (then calling
`__post_init__` if the class has one), a repr `Name(field=value, ...)`, equality of the compared
fields between instances of the same class, a hash of them when frozen or `unsafe_hash` (else,
as dataclasses do, none), assignment refused on frozen records (`FrozenInstanceError`), and
`__slots__` when asked. Methods the class defines itself are kept. Inheritance between records
is not supported (none inherit).

One option dataclasses lack: a lazy field, `names: frozenset = field(lazy=_names)`, is
computed by `_names(record)` on its first read (from other fields, often hidden ones:
`repr=False, compare=False`) and kept. By default it is not an `__init__` argument; it stands
in the repr, equality and hash at its declared position, which read (so compute) it. It is for
the values rules rarely ask for but a record must still show and compare (a figure's `names`):
computing them for every record costs more than the reads. Only slotted records have lazy
fields: the value is kept in a backing slot `_lazy_<name>` behind a property whose getter is
compiled, as `__init__` is, to read that slot by name (`self._lazy_names`: a specialised slot
read, a third of the cost of calling the slot's descriptor; ~60 ns a read against ~10 for a
plain field; compiling a getter costs ~0.09 ms at import, ~1 ms for the twelve). An unset slot
raises AttributeError, so the getter needs no sentinel and `__init__` sets nothing; the `try`
costs nothing in 3.11 until it fails, once. Frozen records refuse assignment to a lazy field as
to any other; `replace` computes it anew (unless it is an `__init__` argument); pickling and
copying keep its value once computed (a frozen record's computes it first). A lazy field may
be an `__init__` argument too, `field(lazy=_names, init=True)`, for records built both ways (a
quotation found in an article, whose speaker is attributed on first read, and one a test
builds with its speaker): the argument is the value, or `LAZY` to leave the field to its
function.

Why not dataclasses: `@dataclass` compiles each generated method from its own source text,
about 3.5 M instructions per class, and importing `dataclasses` imports `inspect`. With the
twenty-odd classes a check loads that was about a fifth of a one-article `factcheck` run
(cachegrind: import 73 M, 21 classes 75 M, of 604 M). A record compiles only its `__init__`
(its signature depends on the fields); the other methods are closures.
"""

from __future__ import annotations

from operator import attrgetter

_MISSING = object()


class _Lazy:
    def __repr__(self) -> str:
        return "LAZY"


LAZY = _Lazy()  # given for a lazy `__init__` argument: compute the field on first read


class FrozenInstanceError(AttributeError):
    """An assignment to a field of a frozen record."""


class field:  # noqa: N801 - named after dataclasses.field, whose arguments it takes
    """A field's options, given as its default in the class body."""

    __slots__ = ("default", "default_factory", "init", "repr", "compare", "lazy")

    def __init__(self, *, default=_MISSING, default_factory=_MISSING, init: bool | None = None,
                 repr: bool = True, compare: bool = True, lazy=_MISSING) -> None:  # noqa: A002
        """`lazy`: a function of the record computing the field on first read (see above);
        `init`: an `__init__` argument or not (by default a field is, a lazy field is not)."""
        if lazy is not _MISSING and (default is not _MISSING or default_factory is not _MISSING):
            raise TypeError("a lazy field takes no default: it is computed on first read")
        self.default = default
        self.default_factory = default_factory
        self.init = (lazy is _MISSING) if init is None else init
        self.repr = repr
        self.compare = compare
        self.lazy = lazy


def record(cls=None, /, *, frozen: bool = False, slots: bool = False, unsafe_hash: bool = False):
    """`@record` or `@record(frozen=True, slots=True, unsafe_hash=True)`, as `@dataclass`."""
    def wrap(cls):
        return _build(cls, frozen, slots, unsafe_hash)

    return wrap if cls is None else wrap(cls)


def replace(obj, **changes):
    """A copy of a record with some fields changed, as `dataclasses.replace`."""
    for name in type(obj).__record_init__:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


def _build(cls, frozen: bool, slots: bool, unsafe_hash: bool):
    own = cls.__dict__
    specs = []
    for name in own.get("__annotations__", {}):
        value = own.get(name, _MISSING)
        specs.append((name, value if isinstance(value, field) else field(default=value)))
    names = tuple(name for name, _ in specs)
    lazy = {name: f.lazy for name, f in specs if f.lazy is not _MISSING}
    if slots:
        cls = _slotted(cls, names, frozen, lazy)
    elif lazy:
        raise TypeError(f"{cls.__name__}: lazy fields need slots=True (a backing slot each)")
    else:
        for name, f in specs:  # class attributes: the plain defaults, as dataclasses leave them
            if isinstance(own.get(name), field):
                if f.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, f.default)
    setters = {name: cls.__dict__[name].__set__ for name in names
               if name not in lazy} if slots and frozen else {}
    methods = {"__init__": _init(specs, frozen, "__post_init__" in own, setters),
               "__repr__": _repr(tuple(name for name, f in specs if f.repr))}
    key = _key([name for name, f in specs if f.compare])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    methods["__eq__"] = __eq__
    if frozen or unsafe_hash:
        def __hash__(self):
            return hash(key(self))

        methods["__hash__"] = __hash__
    elif "__hash__" not in own:
        methods["__hash__"] = None  # equal by value and mutable: unhashable, as dataclasses make it
    if frozen:
        methods.update(_frozen(frozenset(names)))
    for k, v in methods.items():
        if k not in own:
            if callable(v):
                v.__qualname__ = f"{cls.__qualname__}.{k}"
            setattr(cls, k, v)
    cls.__record_fields__ = names
    cls.__record_init__ = tuple(name for name, f in specs if f.init)
    return cls


def _init(specs, frozen: bool, post_init: bool, setters: dict):
    """The `__init__`, compiled from its source: the one method whose signature depends on
    the fields (every other method is a closure, nothing to compile). A frozen record sets
    its fields past its own __setattr__: through `setters`, the slots' own descriptors, when
    it has slots (half the cost: 20 sentences and their blocks an article), else through
    object.__setattr__."""
    env: dict = {"_MISSING": _MISSING, "_LAZY": LAZY, "_set": object.__setattr__}
    env.update((f"_s_{name}", set_) for name, set_ in setters.items())
    params, body = [], []
    for name, f in specs:
        if f.default is not _MISSING:
            env[f"_d_{name}"] = f.default
        if f.default_factory is not _MISSING:
            env[f"_f_{name}"] = f.default_factory
        if f.init:
            if f.default is not _MISSING:
                params.append(f"{name}=_d_{name}")
            elif f.default_factory is not _MISSING:
                params.append(f"{name}=_MISSING")
                body.append(f"if {name} is _MISSING: {name} = _f_{name}()")
            else:
                params.append(name)
            value = name
            if f.lazy is not _MISSING:  # (its backing slot, set unless LAZY is given)
                store = f"_set(self, '_lazy_{name}', {name})" if frozen else \
                    f"self._lazy_{name} = {name}"
                body.append(f"if {name} is not _LAZY: {store}")
                continue
        elif f.default is not _MISSING:
            value = f"_d_{name}"
        elif f.default_factory is not _MISSING:
            value = f"_f_{name}()"
        else:
            continue  # set by __post_init__, or lazy: left unset
        if name in setters:
            body.append(f"_s_{name}(self, {value})")
        elif frozen:
            body.append(f"_set(self, {name!r}, {value})")
        else:
            body.append(f"self.{name} = {value}")
    if post_init:
        body.append("self.__post_init__()")
    src = "\n".join([f"def __init__(self, {', '.join(params)}):",
                     *(f"    {line}" for line in body or ["pass"])])
    exec(src, env)  # noqa: S102 - built above from the field names only
    return env["__init__"]


def _key(names: list):
    """The tuple of the compared fields' values, which dataclasses compare and hash."""
    if len(names) > 1:
        return attrgetter(*names)  # the tuple, built in C
    if names:
        get = attrgetter(names[0])  # (one name gives the bare value)
        return lambda obj: (get(obj),)
    return lambda obj: ()


def _repr(shown: tuple):
    def __repr__(self):
        return f"{self.__class__.__qualname__}(" + ", ".join(
            f"{name}={getattr(self, name)!r}" for name in shown) + ")"

    return __repr__


def _frozen(names: frozenset) -> dict:
    def __setattr__(self, name, value):
        if name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    return {"__setattr__": __setattr__, "__delattr__": __delattr__}


def _slotted(cls, names: tuple, frozen: bool, lazy: dict):
    """The class made again with `__slots__` for its fields, as `dataclass(slots=True)` does;
    a lazy field is a property over its backing slot."""
    d = {k: v for k, v in cls.__dict__.items()
         if k not in names and k not in ("__dict__", "__weakref__")}
    d["__slots__"] = tuple(f"_lazy_{name}" if name in lazy else name for name in names)
    if frozen:  # pickling and copying set slots through __setattr__ otherwise
        d["__getstate__"] = _getstate
        d["__setstate__"] = _setstate
    made = type(cls)(cls.__name__, cls.__bases__, d)
    made.__qualname__ = cls.__qualname__
    for name, compute in lazy.items():
        setattr(made, name, _lazy_property(made, name, compute))
    return made


def _lazy_property(cls, name: str, compute):
    """A lazy field's property: its getter compiled from source to read the backing slot by
    name (see the module docstring); setting and deleting go to the slot (deleting makes the
    next read compute it again); a frozen record's __setattr__ refuses both before that."""
    slot = cls.__dict__[f"_lazy_{name}"]
    env = {"_compute": compute, "_set": slot.__set__}
    exec(f"def {name}(self):\n"  # noqa: S102 - built from the field name only
         f"    try:\n"
         f"        return self._lazy_{name}\n"
         f"    except AttributeError:\n"
         f"        value = _compute(self)\n"
         f"        _set(self, value)\n"
         f"        return value\n", env)
    getter = env[name]
    getter.__qualname__ = f"{cls.__qualname__}.{name}"
    return property(getter, slot.__set__, slot.__delete__, getattr(compute, "__doc__", None))


def _getstate(self):
    return [getattr(self, name) for name in self.__record_fields__]


def _setstate(self, state):
    for name, value in zip(self.__record_fields__, state):
        object.__setattr__(self, name, value)


def tuple_record(cls):
    """`@tuple_record class Part: start: int ...`: the class a `typing.NamedTuple` subclass
    with the same body would be (a `collections.namedtuple`, with the body's defaults, which
    must be the trailing fields, its methods and its docstring), without importing `typing`
    (16 M instructions, 3% of a one-article run)."""
    from collections import namedtuple

    own = cls.__dict__
    names = tuple(own.get("__annotations__", {}))
    defaults = tuple(own[name] for name in names if name in own)
    if any(name not in own for name in names[len(names) - len(defaults):]):
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    made = namedtuple(cls.__name__, names, defaults=defaults, module=cls.__module__)
    for k, v in own.items():
        if k not in names and k not in ("__dict__", "__weakref__", "__module__", "__qualname__"):
            setattr(made, k, v)
    made.__qualname__ = cls.__qualname__
    return made


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """`functools.cached_property` without Python 3.11's lock: the first read computes the
    value and stores it in the instance's __dict__, which later reads find first. 3.11's
    version takes a lock on every first read (3.12 dropped it); a check makes about ten such
    reads per article (the Document's lowered text, each kind of mention)."""

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value
