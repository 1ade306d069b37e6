data = bytearray(b'abcdefgh')
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes)
s = m[2:6]
print(len(s), s.tobytes(), bytes(s), s[0])
s[0] = 90
print(data)
s[1:3] = b'!!'
print(data)
t = m[::2]
print(t.tobytes(), len(t), list(t))
u = m[::-1]
print(u.tobytes())
r = memoryview(b'readonly')
print(r.readonly, r[1:4].tobytes(), r == b'readonly', m[0:2] == b'ab')
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    memoryview('str')
except TypeError as e:
    print(e)
try:
    s[0:2] = b'xyz'
except ValueError as e:
    print(e)
print(b'de' in memoryview(b'abcdef'), bytes(memoryview(b'xyz')[1:]))
