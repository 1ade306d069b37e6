def add(a, b):
    return a + b

def show(a, b, c):
    print(a, b, c)

print(add(1, 2))
print(add("x", "y"))
print(add([1], [2]))
show(1, "two", 3.0)
r = add(add(1, 2), add(3, 4))
print(r)
