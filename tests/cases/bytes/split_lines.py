data = b'line one\nline two\r\nline three'
lines = data.split(b'\n')
print(lines, [l.strip() for l in lines], len(lines))
fields = b'k1=v1;k2=v2;k3'.split(b';')
print([f.partition(b'=') for f in fields])
print(b'a b  c'.split(b' '), b' a b '.split(), b'x'.join([b'1', b'2', b'3']), b'--'.join([]))
