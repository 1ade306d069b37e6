grid = [[1, 2, 3], [4, 5, 6]]
print(grid)
print(grid[1])
print(grid[1][2])
print(grid[-1][-1])
grid[0][1] = 20
print(grid)
row = grid[0]
row.append(99)
print(grid)
for r in grid:
    for v in r:
        print(v, end=" ")
    print()
print(len(grid), len(grid[0]))
