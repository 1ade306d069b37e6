import hashlib

h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
first = h.digest()
print(h.digest() == first)
c = h.copy()
c.update(b"!")
print(c.hexdigest() != h.hexdigest(), h.digest() == first)
for name in ["sha256", "sha1", "md5"]:
    obj = hashlib.new(name, b"data")
    print(obj.name, obj.digest_size, obj.block_size, len(obj.digest()), obj.hexdigest() == getattr(hashlib, name)(b"data").hexdigest())
long = hashlib.sha1()
for i in range(100):
    long.update(b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefX")
print(long.hexdigest())
