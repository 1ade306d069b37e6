squares = [x * x for x in range(6)]
print(squares)
words = ["a", "bb", "ccc"]
lengths = [len(w) for w in words]
print(lengths)
