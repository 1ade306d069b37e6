data = bytearray(range(10))
mv = memoryview(data)
chunks = [bytes(mv[i:i + 3]) for i in range(0, len(mv), 3)]
print(chunks)
view = mv[2:8]
for i in range(len(view)):
    view[i] = view[i] * 2
print(data, view.tolist(), len(view[::2]), view[::2].tolist(), view[-1], view[-3:].tobytes())
print(mv[1:4] == bytes([1, 4, 6]), mv.obj is data)
