words = ["apple", "bob", "cat", "apple", "dog"]
print(sorted({len(w) for w in words}))
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
