def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

a = 2 ** 100 * 3 ** 50 * 7
b = 2 ** 60 * 3 ** 70 * 11
g = gcd(a, b)
print(g, g == 2 ** 60 * 3 ** 50)
print(a * b // g)
print(gcd(2 ** 89 - 1, 2 ** 107 - 1), gcd(-(10 ** 40), 10 ** 30 * 6), gcd(0, -(2 ** 70)))
f1, f2 = 1, 1
for _ in range(300):
    f1, f2 = f2, f1 + f2
print(gcd(f1, f2), gcd(f1 * 12, f2 * 18))
