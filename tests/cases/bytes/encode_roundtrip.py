texts = ['', 'ascii', 'ünïcödé', '日本語', '😀 emoji', 'mix é 中 😀']
for t in texts:
    b = t.encode()
    print(len(t), len(b), b.decode() == t, b[:4], bytes(bytearray(b)).decode('utf-8') == t)
print('é'.encode('utf-8').hex(), '€'.encode().hex(' '), bytes.fromhex('e282ac').decode())
