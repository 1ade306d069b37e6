d = {b'a': 1, b'bc': 2}
print(d[b'a'], d.get(b'bc'), b'a' in d, 'a' in d)
d[b'a' + b''] = 10
print(d, len(d))
s = {b'x', b'x', bytes([120])}
print(s, len(s))
print(hash(b'abc') == hash(bytes(b'abc')))
