import json

data = {"b": 1, "a": [1, 2], "c": {"z": 0, "y": 1}}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(",", " = "), sort_keys=True))
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({1, 2} if False else [3], default=list))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}))
