m = 10 ** 30 + 7
print(pow(2, 100, m), pow(3, 10 ** 20, m), pow(2 ** 100, 2 ** 100, 2 ** 61 - 1))
print(pow(-(2 ** 100), 3, 10 ** 9 + 7), pow(5, 117, -(10 ** 20 + 39)), pow(2 ** 80, 0, 7), pow(2 ** 80, 5, 1))
print(pow(3, -1, 7), pow(3, -1, -7), pow(-3, -1, 7), pow(2, -5, 10 ** 25 + 13), pow(2 ** 100 + 1, -3, 3 ** 50))
p, q = 2 ** 89 - 1, 2 ** 107 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(d * e % phi)
msg = 12345678901234567890
c = pow(msg, e, n)
print(c, pow(c, d, n) == msg)
for args in [(2, 10, 0), (6, -1, 9), (2 ** 100, -1, 2 ** 50)]:
    try:
        print(pow(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
