rows = [(1, 2, 3), (4, 5), (6,)]
for first, *others in rows:
    print(first, others)
for *head, tail in ["abc", "de"]:
    print(head, tail)
pairs = [("a", [1, 2]), ("b", [3])]
for name, (x, *xs) in pairs:
    print(name, x, xs)
