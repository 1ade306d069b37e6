from collections import OrderedDict

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
o.update({"x": 1}, y=2)
print(o, len(o), "x" in o, o.get("z", 0), o.setdefault("z", 5), o["z"])
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]))
print(OrderedDict([(1, 1), (2, 2)]) == {2: 2, 1: 1}, dict(OrderedDict(k="v")))
print(OrderedDict(), o.copy(), o.pop("x"), o)
del o["y"]
print(o, list(reversed(OrderedDict(a=1, b=2))))
for t in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("x"), lambda: OrderedDict()["k"]]:
    try:
        t()
    except KeyError as e:
        print("KeyError", e)
