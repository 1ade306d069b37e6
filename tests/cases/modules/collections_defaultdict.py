from collections import defaultdict

d = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    d[word[0]].append(word)
print(d)
print(d["a"], d["z"], len(d), "z" in d, "q" in d)
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(counts, dict(counts), sorted(counts.items()))
print(counts.default_factory, defaultdict().default_factory)
nd = defaultdict(lambda: "missing", {"k": "v"})
print(nd["k"], nd["x"], sorted(nd.keys()))
try:
    defaultdict()["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(defaultdict(None, {1: 2}), defaultdict(int))
print(d.get("nothing"), "nothing" in d)
