t = True
f = False
print(t and f)
print(t or f)
print(not t)
print(not f)
print(t and t)
print(f or f)
print(t == 1, f == 0)
print(t != f)
print(True is True)
