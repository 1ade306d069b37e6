a = 2 ** 40
print(a)
b = a * 1000
print(b)
print(b // 3)
print(b % 7)
print(-b // 3)
print(-b % 7)
c = 3037000499
print(c * c)
print(c * -c)
d = 1000000007
print(d * d)
print(d * d % 998244353)
print(2 ** 62)
print(2 ** 62 - 1 + 2 ** 62)
print(-(2 ** 62) * 2)
