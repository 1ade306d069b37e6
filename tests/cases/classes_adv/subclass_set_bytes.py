class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags(['a'])
t.add_all('b', 'c')
print(sorted(t), len(t), 'b' in t, isinstance(t, set), sorted(t | {'z'}), type(t).__name__)
class Blob(bytes):
    def hexed(self):
        return self.hex()
b = Blob(b'\x01\x02')
print(b, b.hexed(), len(b), b[0], b + b'\x03', b == b'\x01\x02', isinstance(b, bytes))
class Buf(bytearray):
    pass
bb = Buf(b'xy')
bb.append(122)
print(bb, len(bb), bytes(bb))
