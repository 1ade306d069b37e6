vals = [2 ** 100, -(2 ** 100), 0, 1e40, -1e40, 2 ** 64, 2.0 ** 64, 10 ** 30, -(10 ** 30) + 1, 7]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals), max(2 ** 100, 2 ** 99, 3.0), min(-(2 ** 70), -1e21))
print(sorted([3 ** 50, 2 ** 80, 5 ** 34, 7 ** 28], key=lambda v: -v))
print(sorted(range(2 ** 64, 2 ** 64 + 5), key=lambda v: v % 3))
