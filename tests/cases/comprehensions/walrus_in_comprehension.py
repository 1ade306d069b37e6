data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 10) > 25]
print(big, y)
total = 0
sums = [total := total + x for x in data]
print(sums, total)
def f():
    found = [m for m in range(10) if (last := m) % 4 == 3]
    return found, last
print(f())
