import hashlib

try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
try:
    hashlib.md5().update("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(type(e).__name__)
