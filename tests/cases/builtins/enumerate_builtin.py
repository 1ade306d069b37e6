for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, ch in enumerate("xy", 1):
    print(i, ch)
for i, v in enumerate([]):
    print("never")
pairs = []
for p in enumerate([10, 20]):
    pairs.append(p)
print(pairs)
