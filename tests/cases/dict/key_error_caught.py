d = {"a": 1}
try:
    print(d["b"])
except KeyError as e:
    print("KeyError:", e)
    print(e.args)
try:
    d[5]
except KeyError as e:
    print("KeyError", repr(e.args[0]))
print(d)
