s = "abcdefghij"
print(s[::2], s[::-1], s[7:2:-2], s[-3:])
t = tuple(range(6))
print(t[1:4], t[::-2], t[:0])
b = b"bytes!"
print(b[1:3], b[::-1])
r = range(10)
print(list(r[2:8:2]), list(r[::-3]))
