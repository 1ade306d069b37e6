def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(100, 75))
acc = 1
for n in range(1, 21):
    acc = lcm(acc, n)
    print(n, acc)
print(gcd(9223372036854775806, 4611686018427387903))


def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)


print(gcd_rec(1071, 462))
