# Products of numbers of thousands of bits (above the Karatsuba threshold) checked by identities.
a = 3 ** 2000
b = 7 ** 1500
p = a * b
print(len(str(p)), str(p)[:25], str(p)[-25:])
print(p // a == b, p % a, p // b == a, p % b)
print(p % 1000000007, (a % 1000000007) * (b % 1000000007) % 1000000007)
c = (2 ** 5000 - 1) * (2 ** 5000 + 1)
print(c == 2 ** 10000 - 1, c.bit_length())
x = 10 ** 1000 + 123456789
print(x * x - (x - 1) * (x + 1), (x * x) // x == x)
s = (3 ** 1000) ** 3
print(s == 3 ** 3000, s == 27 ** 1000, len(str(s)))
