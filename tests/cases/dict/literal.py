d = {"a": 1, "b": 2}
print(d)
print({})
print(len(d))
e = {
    "name": "frost",
    "version": 1,
}
print(e)
print({"x": [1, 2], "y": {"z": None}})
