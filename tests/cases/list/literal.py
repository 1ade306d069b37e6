a = [1, 2, 3]
print(a)
print([])
print([1])
print(["x", 2, 3.5, None, True])
print(len(a))
b = [
    10,
    20,
    30,
]
print(b)
