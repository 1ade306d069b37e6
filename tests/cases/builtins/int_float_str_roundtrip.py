values = ["0", "17", "-3", "  42 "]
for v in values:
    n = int(v)
    print(n, str(n), n * 2)
fvalues = ["0.5", "-1.25", "3", "1e3"]
for v in fvalues:
    f = float(v)
    print(f, str(f), f * 2)
