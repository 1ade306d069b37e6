"""collections: namedtuple, deque, OrderedDict and defaultdict.

frostpy's own, in Python (frozen into the host board by boards/host/build.rs
and into the boards' test firmware). namedtuple classes subclass tuple;
OrderedDict, defaultdict and Counter subclass dict.
"""

_KEYWORDS = (
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield"
).split()


def _is_identifier(name):
    if not name or not (name[0].isalpha() or name[0] == "_"):
        return False
    for c in name:
        if not (c.isalnum() or c == "_"):
            return False
    return True


def _field(i):
    return property(lambda self: self[i], doc="Alias for field number " + str(i))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if not _is_identifier(name) or name in _KEYWORDS or name.startswith("_") or name in seen:
                field_names[i] = "_" + str(i)
            seen.add(name)
    for name in [typename] + field_names:
        if not _is_identifier(name):
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value
    fields = tuple(field_names)
    nfields = len(fields)

    def _bind(args, kwargs):
        if len(args) > nfields:
            raise TypeError(
                f"{typename}.__new__() takes {nfields + 1} positional arguments but {len(args) + 1} were given"
            )
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                values.append(_MISSING)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{typename}.__new__() got multiple values for argument {name!r}")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument {name!r}")
        missing = [fields[i] for i in range(nfields) if values[i] is _MISSING]
        if missing:
            names = [repr(m) for m in missing]
            if len(names) > 1:
                listed = ", ".join(names[:-1]) + " and " + names[-1]
            else:
                listed = names[0]
            s = "" if len(names) == 1 else "s"
            raise TypeError(f"{typename}.__new__() missing {len(names)} required positional argument{s}: {listed}")
        return values

    class _Tuple(tuple):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            return tuple.__new__(cls, _bind(args, kwargs))

        def __repr__(self):
            parts = [fields[i] + "=" + repr(self[i]) for i in range(nfields)]
            return typename + "(" + ", ".join(parts) + ")"

        def _asdict(self):
            return dict(zip(fields, self))

        def _replace(self, **kwargs):
            values = list(self)
            for i in range(nfields):
                if fields[i] in kwargs:
                    values[i] = kwargs.pop(fields[i])
            if kwargs:
                raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
            return tuple.__new__(type(self), values)

        @classmethod
        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != nfields:
                raise TypeError(f"Expected {nfields} arguments, got {len(values)}")
            return tuple.__new__(cls, values)

        def __getnewargs__(self):
            return tuple(self)

    cls = _Tuple
    for i in range(nfields):
        setattr(cls, fields[i], _field(i))
    cls.__name__ = typename
    cls.__qualname__ = typename
    # CPython names the caller's module; most namedtuples are made in the main program.
    cls.__module__ = "__main__" if module is None else module
    cls._fields = fields
    cls._field_defaults = field_defaults
    return cls


_MISSING = object()


class deque:
    """A double-ended queue: a list with a moving head, so popleft is O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self.maxlen = maxlen
        self._items = []
        self._head = 0
        self.extend(iterable)

    def _live(self):
        if self._head:
            self._items = self._items[self._head:]
            self._head = 0
        return self._items

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._live())

    def __reversed__(self):
        return reversed(self._live())

    def __contains__(self, x):
        return x in self._live()

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(self._live()) + ")"
        return "deque(" + repr(self._live()) + ", maxlen=" + str(self.maxlen) + ")"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return False
        return self._live() == other._live()

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i) - self._head
        del self._live()[j]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        d = deque(self._live(), self.maxlen)
        d.extend(other._live())
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self.maxlen is not None and len(self) > self.maxlen:
            self.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        # Compact when half of the list is spent.
        if self._head * 2 >= len(self._items):
            self._items = self._items[self._head:]
            self._head = 0
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self._live())
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self._live())
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self._live(), self.maxlen)

    def count(self, x):
        return self._live().count(x)

    def index(self, x, start=0, stop=None):
        items = self._live()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        for i in range(start, stop):
            if items[i] == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        self._live().insert(i, x)

    def remove(self, x):
        items = self._live()
        for i in range(len(items)):
            if items[i] == x:
                del items[i]
                return
        raise ValueError(repr(x) + " is not in deque")

    def reverse(self):
        self._live().reverse()

    def rotate(self, n=1):
        items = self._live()
        k = len(items)
        if k:
            n = n % k
            if n:
                self._items = items[k - n:] + items[:k - n]


class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) and can reorder it."""

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return type(self)(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self))) if last else next(iter(self))
        return (key, dict.pop(self, key))

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + dict.__repr__(self) + ")"

    def copy(self):
        return type(self)(self.default_factory, self)


class Counter(dict):
    """Counts of hashable items; a missing item counts 0."""

    def __init__(self, iterable=None, **kwargs):
        dict.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def __repr__(self):
        if not self:
            return "Counter()"
        parts = [repr(k) + ": " + repr(v) for k, v in self.most_common()]
        return "Counter({" + ", ".join(parts) + "})"

    def __eq__(self, other):
        if not isinstance(other, dict):
            return False
        for k in self:
            if self[k] != other.get(k, 0):
                return False
        for k in other:
            if k not in self and other[k] != 0:
                return False
        return True

    def __ne__(self, other):
        return not self == other

    def copy(self):
        return Counter(self)

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k in iterable:
                    self[k] = self.get(k, 0) + iterable[k]
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) + 1
        for k in kwargs:
            self[k] = self.get(k, 0) + kwargs[k]

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k in iterable:
                    self[k] = self.get(k, 0) - iterable[k]
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) - 1
        for k in kwargs:
            self[k] = self.get(k, 0) - kwargs[k]

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for k in self:
            for _ in range(self[k]):
                yield k

    def total(self):
        return sum(self.values())

    def _keep_positive(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __add__(self, other):
        result = Counter(self)
        result.update(other)
        return result._keep_positive()

    def __sub__(self, other):
        result = Counter(self)
        result.subtract(other)
        return result._keep_positive()

    def __or__(self, other):
        result = Counter(self)
        for k in other:
            if other[k] > result.get(k, 0):
                result[k] = other[k]
        return result._keep_positive()

    def __and__(self, other):
        result = Counter()
        for k in self:
            if k in other:
                result[k] = min(self[k], other[k])
        return result._keep_positive()


def _count_of(item):
    return item[1]
