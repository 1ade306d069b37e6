# Keyword arguments to methods of builtin types: refused by those that take none,
# with CPython's wording, and bound by name by those that take some.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "-> TypeError:", e)


# Methods that take no keyword arguments.
attempt("str.upper", lambda: "abc".upper(x=1))
attempt("str.startswith", lambda: "abc".startswith(prefix="a"))
attempt("str.replace", lambda: "abc".replace("a", "b", count=1))
attempt("str.find", lambda: "abc".find(sub="b"))
attempt("str.center", lambda: "abc".center(width=5))
attempt("list.append", lambda: [].append(x=1))
attempt("list.pop", lambda: [3, 1].pop(index=0))
attempt("list.index", lambda: [1].index(1, start=0))
attempt("dict.get", lambda: {}.get(1, default=2))
attempt("dict.get key", lambda: {}.get(key=1))
attempt("dict.pop", lambda: {1: 2}.pop(1, x=2))
attempt("dict.fromkeys", lambda: dict.fromkeys([1], x=1))
attempt("set.add", lambda: set().add(x=1))
attempt("tuple.count", lambda: (1, 2).count(value=1))
attempt("bytes.fromhex", lambda: bytes.fromhex(x=1))
attempt("bytearray.append", lambda: bytearray().append(x=1))
attempt("unbound str.upper", lambda: str.upper("abc", x=1))


class S(str):
    pass


attempt("subclass upper", lambda: S("abc").upper(x=1))

# Methods that take keyword arguments.
attempt("split", lambda: "a b c".split(sep=None, maxsplit=1))
attempt("split sep", lambda: "a,b,c".split(sep=","))
attempt("rsplit", lambda: "a b c".rsplit(maxsplit=1))
attempt("encode", lambda: "é".encode(encoding="utf-8", errors="strict"))
attempt("decode", lambda: b"abc".decode(encoding="ascii"))
attempt("to_bytes", lambda: (5).to_bytes(2, "little", signed=True))
attempt("to_bytes all kw", lambda: (-2).to_bytes(length=2, byteorder="big", signed=True))
attempt("from_bytes", lambda: int.from_bytes(b"\xff\xfe", byteorder="big", signed=True))
attempt("str.format", lambda: "{a}-{b}".format(a=1, b=2))
attempt("dict.update", lambda: sorted({"x": 0}.items() | {"y": 1}.items()))
d = {"x": 0}
d.update(y=1, z=2)
print(sorted(d.items()))
words = ["pear", "Fig", "apple"]
words.sort(key=str.lower, reverse=True)
print(words)
words.sort(reverse=False)
print(words)

# Unknown keywords to methods that take some.
attempt("split x", lambda: "a".split(x=1))
attempt("sort x", lambda: [].sort(x=1))
attempt("sort positional", lambda: [].sort(1))
attempt("encode x", lambda: "a".encode(x=1))
attempt("to_bytes x", lambda: (1).to_bytes(2, "big", x=1))
