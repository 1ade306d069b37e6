import json

data = {
    "int": 42,
    "neg": -7,
    "float": 3.25,
    "text": "line\nwith \"quotes\" and \u00fcmlauts",
    "list": [1, [2, [3, [4, []]]]],
    "dict": {"inner": {"deep": None}},
    "flags": [True, False],
}
text = json.dumps(data)
back = json.loads(text)
print(back == data)
print(json.loads(json.dumps(data, indent=3, sort_keys=True)) == data)
print(json.dumps(json.loads('{"z": 1, "a": 2}')))
