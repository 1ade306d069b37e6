print(0 or 5)
print(3 or 5)
print(0 and 5)
print(3 and 5)
print("" or "default")
print("x" or "default")
print(None or 0)
print([] or [1])
print(1 and "yes")
print(None and 1)
a = 0
b = a or 42
print(b)
