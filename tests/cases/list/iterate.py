total = 0
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    total += x
    print(x, total)
names = ["ann", "bob", "cy"]
for name in names:
    print(name.upper(), len(name))
for item in []:
    print("never")
print("done")
