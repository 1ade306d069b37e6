t = (1, 2, 3)
print(t)
print(())
print((1,))
print(len(t))
u = 4, 5
print(u)
print(("a", 1.5, None))
print(type(t).__name__)
