import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps(1.5), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**15))
print(json.dumps("plain"), json.dumps('quote " and \\ backslash'), json.dumps("tab\tnew\nline"))
print(json.dumps([1, "two", None, [3.0, []], {}]))
print(json.dumps((1, 2)), json.dumps({"a": 1, "b": [True, False]}))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("\x00\x1f\x7f"))
