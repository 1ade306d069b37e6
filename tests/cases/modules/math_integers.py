import math

print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.gcd(12, 18), math.gcd(-4, 6), math.gcd(), math.gcd(0, 0), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(2, 3, 4))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**12 + 1))
for f, args in [(math.factorial, (-1,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.isqrt, (-4,))]:
    try:
        f(args[0]) if len(args) == 1 else f(args[0], args[1])
    except ValueError as e:
        print(e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(e)
