# Float math: spectral norm of an infinite matrix, 100 x 100 truncated, N power
# iterations (function calls in inner loops).
N = 80  # size; tiny: 1


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


SIZE = 100
u = [1.0] * SIZE
v = [0.0] * SIZE
tmp = [0.0] * SIZE
for _ in range(N):
    mul_atav(u, v, tmp)
    mul_atav(v, u, tmp)
vbv = vv = 0.0
for i in range(SIZE):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("spectral_norm", round((vbv / vv) ** 0.5 * 1e9))
