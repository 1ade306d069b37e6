print(str(), str(1), str(1.5), str(None), str([1, 'a']), str((1,)), str({'k': 'v'}), str(b'ab'), str(True))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(bytearray(b'xy'), 'utf-8'))
class S:
    def __str__(self):
        return 'S!'
print(str(S()), str(str), str(len) == '<built-in function len>')
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
