# hash() matches CPython for ints and floats, and equal numbers hash equal.
for x in [0, 1, -1, -2, 2 ** 30, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 2 ** 100, -(2 ** 100), 10 ** 30, -(10 ** 50) + 7, True, False]:
    print(hash(x))
for f in [0.0, -0.0, 1.0, -1.0, 1.5, -0.5, 2.0 ** 100, 1e300, 1e-300, 5e-324, 3.141592653589793, float("inf"), float("-inf")]:
    print(hash(f))
for n in [2 ** 100, 2 ** 64, 2 ** 60 * 3, -(2 ** 80), 10 ** 22]:
    print(hash(n) == hash(float(n)), n == float(n))
