ba = bytearray()
ba.append(65)
ba.extend(b'BC')
ba.extend([68, 69])
ba.insert(0, 33)
ba.insert(-1, 35)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(67)
print(ba)
c = ba.copy()
c.reverse()
print(ba, c)
ba += b'xyz'
print(ba)
ba *= 2
print(ba)
print(ba.upper(), ba.find(b'xyz'), ba.count(b'x'), ba.decode())
ba.clear()
print(ba, len(ba), bool(ba))
for f in [lambda: ba.pop(), lambda: ba.remove(1), lambda: ba.append(300), lambda: ba.extend('abc')]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
