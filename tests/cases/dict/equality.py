a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b)
print(a != b)
b["y"] = 3
print(a == b)
print({} == {})
c = a
c["z"] = 0
print(a)
