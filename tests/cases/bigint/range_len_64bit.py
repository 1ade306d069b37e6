# len() returns a Py_ssize_t: on a 64-bit host these fit, on a 32-bit board they overflow.
print(len(range(2 ** 62)), len(range(-(2 ** 62), 2 ** 62 - 1)))
print(len(range(2 ** 63 - 1)))
try:
    len(range(2 ** 63))
except OverflowError as e:
    print('OverflowError', e)
