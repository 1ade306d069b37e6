import json
from collections import namedtuple, OrderedDict, defaultdict, Counter

P = namedtuple("P", "x y")
p = P(1, 2)
print(isinstance(p, tuple), isinstance(OrderedDict(), dict), isinstance(defaultdict(), dict), isinstance(Counter(), dict))
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
print(hash(p) == hash((1, 2)), {p: "key"}[(1, 2)], p + (3,), p * 2)
print(json.dumps({"p": p, "o": OrderedDict(a=1), "d": defaultdict(int, b=2), "c": Counter("aab")}))
print(P._make(range(2)), type(P._make([1, 2])).__name__, P.x.__doc__)
d = defaultdict(list)
d["k"].append(1)
print(dict(d), len(d), list(d.items()), d.get("nope"), "nope" in d)
o = OrderedDict.fromkeys("abc", 0)
print(o, type(o).__name__)
