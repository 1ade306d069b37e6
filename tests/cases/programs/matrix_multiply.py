def zeros(rows, cols):
    m = []
    for i in range(rows):
        row = []
        for j in range(cols):
            row.append(0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    k = len(b)
    p = len(b[0])
    if len(a[0]) != k:
        raise ValueError("shape mismatch")
    c = zeros(n, p)
    for i in range(n):
        for j in range(p):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def show(m):
    for row in m:
        line = ""
        for v in row:
            line = line + str(v) + " "
        print(line.strip())


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
c = matmul(a, b)
show(c)
print(c)
print(matmul(c, identity(2)) == c)
f = [[1, 1], [1, 0]]
r = identity(2)
for i in range(30):
    r = matmul(r, f)
print(r)
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
h = [[0.5, 0.0], [0.0, 2.0]]
print(matmul(h, [[2.0], [0.25]]))
