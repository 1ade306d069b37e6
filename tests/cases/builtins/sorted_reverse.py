print(sorted([3, 1, 2], reverse=True))
print(sorted(["a", "c", "b"], reverse=True))
print(sorted([1, 2, 3], reverse=False))
