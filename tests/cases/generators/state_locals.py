def counter(start, step=1):
    n = start
    seen = []
    while len(seen) < 4:
        seen.append(n)
        yield n, list(seen)
        n += step

for pair in counter(10, step=5):
    print(pair)
