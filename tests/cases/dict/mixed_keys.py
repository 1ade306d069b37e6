d = {1: "int", "1": "str", 2.5: "float", None: "none"}
print(d)
print(d[1])
print(d["1"])
print(d[2.5])
print(d[None])
print(len(d))
