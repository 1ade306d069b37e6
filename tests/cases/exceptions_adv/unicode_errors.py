try:
    b'\x80abc'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
except UnicodeError:
    print('wrong')
try:
    'ñ'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
