e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e), e.args)
e = OSError(2, 'No such file or directory', 'data.txt')
print(str(e), e.filename)
for n in [1, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999]:
    print(n, type(OSError(n, 'msg')).__name__)
e = OSError('plain')
print(e.errno, e.strerror, str(e), e.args)
e = FileNotFoundError(2, 'gone')
print(e.errno, str(e), isinstance(e, OSError))
try:
    raise TimeoutError('too slow')
except OSError as err:
    print(type(err).__name__, err, err.errno)
try:
    raise OSError(110, 'timed out')
except TimeoutError as err:
    print('caught as TimeoutError', err)
