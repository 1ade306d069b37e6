print(sum([2 ** 100, 2 ** 100, 1]), sum([2 ** i for i in range(200)]) == 2 ** 200 - 1)
print(sum([1.5, 2 ** 100]), sum([2 ** 64] * 10), sum(range(2 ** 64, 2 ** 64 + 100)))
print(sum([-(10 ** 30), 10 ** 30, 5]), sum([], 2 ** 80), sum([1, 2], 2 ** 70))
print(sum([i * i for i in range(10 ** 6, 10 ** 6 + 500)]))
