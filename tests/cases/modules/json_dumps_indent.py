import json

data = {"name": "frost", "tags": ["a", "b"], "nested": {"x": 1, "empty": [], "none": {}}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent="--"))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({"a": [1, 2]}, indent=None))
