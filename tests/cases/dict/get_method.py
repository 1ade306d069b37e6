d = {"a": 1, "b": None}
print(d.get("a"))
print(d.get("b"))
print(d.get("c"))
print(d.get("c", 42))
print(d.get("a", 42))
print(d.get("b", "default"))
print(d)
