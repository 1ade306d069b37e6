import hashlib

for data in [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
             b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]:
    print(hashlib.sha256(data).hexdigest())
    print(hashlib.sha1(data).hexdigest())
    print(hashlib.md5(data).hexdigest())
print(hashlib.sha256(b"abc").digest())
print(hashlib.md5(b"abc").digest())
