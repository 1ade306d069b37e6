d = {}
d["one"] = 1
print(d)
d["two"] = 2
print(d)
d["one"] = 100
print(d)
print(d["one"] + d["two"])
d["two"] += 5
print(d["two"])
print(len(d))
