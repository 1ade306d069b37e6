import _mod_a

d = _mod_a.__dict__
print(d["x"], d["__name__"])
print("double" in d, "_hidden" in d)
d["x"] = 5
print(_mod_a.x)
