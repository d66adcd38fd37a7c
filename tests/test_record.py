"""checker.record stands in for dataclasses.dataclass: the same declarations must behave the
same way under both (dataclasses is the oracle here, and only here)."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from checker import record as R

OPTIONS = [{}, {"frozen": True}, {"slots": True}, {"frozen": True, "slots": True},
           {"slots": True, "unsafe_hash": True}]


def declare(deco, fld, **opts):
    @deco(**opts)
    class Point:
        """A point."""

        x: int
        y: int
        label: str = "p"
        tags: tuple = fld(default_factory=tuple)
        note: object = fld(default=None, repr=False, compare=False)

        @property
        def norm(self) -> int:
            return abs(self.x) + abs(self.y)

    return Point


def pair(**opts):
    return declare(dataclasses.dataclass, dataclasses.field, **opts), declare(R.record, R.field,
                                                                              **opts)


@pytest.mark.parametrize("opts", OPTIONS)
def test_init_repr_eq_hash_as_dataclasses(opts):
    D, C = pair(**opts)
    for args, kw in [((1, 2), {}), ((1, 2, "q"), {"tags": (3,)}), ((0, -4), {"note": "n"})]:
        d, c = D(*args, **kw), C(*args, **kw)
        assert repr(c) == repr(d)
        assert (c.x, c.y, c.label, c.tags, c.note, c.norm) == (d.x, d.y, d.label, d.tags, d.note,
                                                               d.norm)
        assert c == C(*args, **{**kw, "note": "other"})  # note is not compared
        assert c != C(9, 9) and c != d  # another class is never equal
        if D.__hash__ is None:
            assert C.__hash__ is None
        else:
            assert hash(c) == hash(C(*args, **kw))
    assert hasattr(C, "__slots__") == hasattr(D, "__slots__")
    assert C.__doc__ == D.__doc__ and C.__qualname__ == D.__qualname__


@pytest.mark.parametrize("opts", [o for o in OPTIONS if o.get("frozen")])
def test_frozen_refuses_assignment_and_still_copies(opts):
    _, C = pair(**opts)
    c = C(1, 2)
    with pytest.raises(R.FrozenInstanceError, match="cannot assign to field 'x'"):
        c.x = 3
    with pytest.raises(R.FrozenInstanceError, match="cannot delete field 'y'"):
        del c.y
    assert copy.copy(c) == c and copy.deepcopy(c) == c


def test_pickles_at_module_level():
    q = R.replace(_Frozen(1, "a"), name="b")
    assert q == _Frozen(1, "b") and pickle.loads(pickle.dumps(q)) == q


@R.record(frozen=True, slots=True)
class _Frozen:
    n: int
    name: str


def test_init_false_and_post_init():
    @R.record
    class Doc:
        text: str
        parts: list = R.field(init=False)
        extra: list = R.field(default_factory=list, repr=False)

        def __post_init__(self) -> None:
            self.parts = self.text.split(" ")

    d = Doc("a b")
    assert d.parts == ["a", "b"] and repr(d) == f"{Doc.__qualname__}(text='a b', parts=['a', 'b'])"
    assert d.extra == [] and d.extra is not Doc("c").extra  # a fresh list per instance
    with pytest.raises(TypeError):
        Doc("a", parts=["x"])  # not an __init__ argument


def test_cached_property_computes_once_per_instance():
    calls = []

    class Doc:
        @R.cached_property
        def lowered(self) -> str:
            """The text, lower-cased."""
            calls.append(self)
            return "abc"

    a, b = Doc(), Doc()
    assert (a.lowered, a.lowered, b.lowered) == ("abc", "abc", "abc") and calls == [a, b]
    assert a.__dict__ == {"lowered": "abc"} and Doc.lowered.__doc__ == "The text, lower-cased."


def declare_part(bases: tuple, deco):
    @deco
    class Part(*bases):
        """A part."""

        start: int
        end: int
        exact: bool = False

        @property
        def length(self) -> int:
            return self.end - self.start

    return Part


def test_tuple_record_is_the_named_tuple_typing_makes():
    import typing

    Typed = declare_part((typing.NamedTuple,), lambda cls: cls)
    Plain = declare_part((), R.tuple_record)
    for args in [(2, 5), (2, 5, True)]:
        t, p = Typed(*args), Plain(*args)
        assert tuple(t) == tuple(p) and t == p and hash(t) == hash(p)
        assert repr(t) == repr(p) and p.length == t.length == 3
    assert Plain._fields == Typed._fields and Plain.__doc__ == "A part."
    assert Plain(1, 2)._replace(end=4) == (1, 4, False)
    with pytest.raises(TypeError, match="follows one with a default"):
        @R.tuple_record
        class Bad:
            a: int = 0
            b: int


# A lazy field (`field(lazy=...)`, no dataclasses counterpart): against the oracle a dataclass
# whose same field is set eagerly in __post_init__, it must read, show, compare and hash the
# same, but be computed on its first read only, and once.
LAZY_OPTIONS = [{"slots": True}, {"slots": True, "unsafe_hash": True},
                {"slots": True, "frozen": True}]
CALLS: list = []


def _span(p) -> int:
    CALLS.append(p.x)
    return p.x + p.width


def declare_lazy(deco, fld, **opts):
    lazy = deco is R.record

    @deco(**opts)
    class Box:
        """A box."""

        x: int
        span: int = fld(lazy=_span) if lazy else fld(init=False)
        width: int = fld(default=1, repr=False, compare=False)
        label: str = "b"

        if not lazy:
            def __post_init__(self) -> None:
                object.__setattr__(self, "span", _span(self))

    return Box


@pytest.mark.parametrize("opts", LAZY_OPTIONS)
def test_lazy_field_as_an_eager_dataclass_field(opts):
    D = declare_lazy(dataclasses.dataclass, dataclasses.field, **opts)
    C = declare_lazy(R.record, R.field, **opts)
    for args, kw in [((1,), {}), ((2,), {"width": 5, "label": "q"})]:
        d = D(*args, **kw)
        CALLS.clear()
        c = C(*args, **kw)
        assert CALLS == []  # not computed when built
        assert repr(c) == repr(d) and CALLS == [args[0]]  # the repr reads it, at its place
        assert c.span == d.span and CALLS == [args[0]]  # once
        assert c == C(*args, **kw) and c != C(args[0] + 1)
        assert c != C(*args, **{**kw, "width": 9})  # equal only if the lazy values are
        if D.__hash__ is None:
            assert C.__hash__ is None
        else:
            assert hash(c) == hash(d)
    assert C.__record_init__ == ("x", "width", "label")
    with pytest.raises(TypeError):
        C(1, span=3)  # not an __init__ argument


def test_lazy_field_first_read_and_set_delete():
    C = declare_lazy(R.record, R.field, slots=True)
    c = C(4, width=2)
    CALLS.clear()
    assert (c.span, c.span) == (6, 6) and CALLS == [4]
    c.span = 10  # a mutable record may set it, as any field
    assert c.span == 10
    del c.span  # and forget it: the next read computes it again
    assert c.span == 6 and CALLS == [4, 4]
    assert "_lazy_span" in C.__slots__ and not hasattr(C(1), "__dict__")


def test_lazy_field_frozen_refuses_assignment():
    C = declare_lazy(R.record, R.field, slots=True, frozen=True)
    c = C(1)
    with pytest.raises(R.FrozenInstanceError, match="cannot assign to field 'span'"):
        c.span = 3
    with pytest.raises(R.FrozenInstanceError, match="cannot delete field 'span'"):
        del c.span
    assert c.span == 2


@pytest.mark.parametrize("cls", ["_LazyFrozen", "_LazyMutable"])
def test_lazy_field_pickles_copies_and_replaces(cls):
    C = globals()[cls]
    fresh, read = C(3), C(3)
    assert read.double == 6
    for p in (fresh, read):
        for q in (pickle.loads(pickle.dumps(p)), copy.copy(p), copy.deepcopy(p)):
            assert q == p and repr(q) == repr(p) == f"{cls}(n=3, double=6)"
    r = R.replace(read, n=5)  # computed anew from the changed fields
    assert r.double == 10 and r == C(5)
    with pytest.raises(TypeError):
        R.replace(read, double=1)


def _double(p) -> int:
    return 2 * p.n


@R.record(frozen=True, slots=True)
class _LazyFrozen:
    n: int
    double: int = R.field(lazy=_double)


@R.record(slots=True, unsafe_hash=True)
class _LazyMutable:
    n: int
    double: int = R.field(lazy=_double)


def test_lazy_field_needs_slots_and_no_default():
    with pytest.raises(TypeError, match="need slots=True"):
        @R.record
        class Plain:
            n: int
            double: int = R.field(lazy=_double)
    with pytest.raises(TypeError, match="takes no default"):
        R.field(lazy=_double, default=0)


@pytest.mark.parametrize("frozen", [False, True])
def test_lazy_field_given_to_init_or_left_to_compute(frozen):
    """`field(lazy=f, init=True)`: an __init__ argument, the value, or LAZY to compute it."""
    @R.record(slots=True, frozen=frozen, unsafe_hash=not frozen)
    class Given:
        n: int
        double: int = R.field(lazy=_double, init=True)
        tag: str = "t"

    assert Given.__record_init__ == ("n", "double", "tag")
    given, lazy = Given(3, 7), Given(3, R.LAZY, tag="u")
    assert given.double == 7
    with pytest.raises(AttributeError):
        lazy._lazy_double  # left unset: not computed before its first read
    assert lazy.double == 6 and lazy._lazy_double == 6
    assert repr(given).endswith("Given(n=3, double=7, tag='t')") and given != Given(3, 6)
    assert Given(3, 6) == Given(3, R.LAZY) and hash(Given(3, 6)) == hash(Given(3, R.LAZY))
    assert R.replace(lazy, n=4) == Given(4, 6, tag="u")  # the value read is passed on
    assert repr(R.LAZY) == "LAZY"
    if frozen:
        with pytest.raises(R.FrozenInstanceError):
            given.double = 1
