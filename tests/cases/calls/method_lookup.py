# Methods of builtin types found by name: through calls, getattr with names made at run
# time, on subclasses, and with one name on several types in turn (the method cache is
# keyed by type and name).

items = [[3, 1, 3], (3, 1, 3), "313", b"313", bytearray(b"313")]
for _ in range(3):
    for x in items:
        print(type(x).__name__, x.count(x[0]), x.index(x[1]))

for c in ({1: "a", 2: "b"}, [1, 2], {1, 2}, bytearray(b"\x01\x02")):
    print(type(c).__name__, c.pop() if not isinstance(c, dict) else c.pop(1), len(c))

name = "up" + "per"
print(getattr("abc", name)())
l0 = []
getattr(l0, "app" + "end")(7)
print(l0)
print(hasattr({}, "get" + "x"), hasattr({}, "ge" + "t"))
print(getattr(3, "bit_" + "length")(), getattr(3, "no_such", "default"))

try:
    getattr("abc", "up" + "perx")
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).no_such_method()
except AttributeError as e:
    print("AttributeError:", e)

# Class and static methods of builtin types.
print(dict.fromkeys("ab", 0), {}.fromkeys([1]))
print(bytes.fromhex("6869"), bytearray.fromhex("6869"))
print(str.maketrans("ab", "xy")[ord("a")])
print(int.from_bytes(b"\x01\x00", "little"))


class L(list):
    def total(self):
        return sum(self)


l = L([1, 2])
l.append(3)
print(l.total(), l.count(2), L.append, list.append)
print(str.upper, "x".upper.__name__)

# A loop that collects garbage while it calls methods (collections empty the cache).
counts = {}
for i in range(3000):
    w = str(i % 7) + "w"
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
