import json

tests = [
    lambda: json.dumps({1, 2}),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps(b"bytes"),
    lambda: json.dumps({"a": 1, 2: "b"}, sort_keys=True),
    lambda: json.dumps(object),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
shared = [1]
print(json.dumps([shared, shared]))
