m = [[i * j for j in range(4)] for i in range(3)]
print(m)
print([x for row in m for x in row if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(3) if i < j])
print([[row[i] for row in m] for i in range(4)])
