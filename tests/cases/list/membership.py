a = [1, 2, 3, "four", None]
print(1 in a)
print(4 in a)
print("four" in a)
print(None in a)
print(2.0 in a)
print([1] in [[1], [2]])
print(5 not in a)
