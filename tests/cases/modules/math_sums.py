import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(5)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([3], start=2))
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(e)
print(math.fsum([math.inf, 1.0]))
