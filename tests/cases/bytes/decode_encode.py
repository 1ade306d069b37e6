s = 'héllo wörld €'
b = s.encode()
print(b, len(b), len(s))
print(b.decode(), b.decode('utf-8') == s)
print(s.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
print('aé'.encode('ascii', 'ignore'), 'aé'.encode('ascii', 'replace'))
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(e)
for bad in [b'\xff', b'a\xc3', b'\xc3\x28', b'\xe2\x82']:
    try:
        print(bad.decode())
    except UnicodeDecodeError as e:
        print(e)
print(b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'replace'))
print(b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
try:
    b'x'.decode('nope')
except LookupError as e:
    print(e)
