def comb(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r

print(comb(100, 50), comb(200, 100))
catalan = [comb(2 * n, n) // (n + 1) for n in range(0, 80, 10)]
print(catalan)
row = [1]
for _ in range(40):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(row[20], sum(row) == 2 ** 40)
