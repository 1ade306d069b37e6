groups = {}
for n in range(10):
    key = "even"
    if n % 2 == 1:
        key = "odd"
    if key not in groups:
        groups[key] = []
    groups[key].append(n)
print(groups)
print(groups["odd"][-1])
