import sys

# frostpy's maxsize is that of a 32-bit machine (docs/differences.md): only what both share is pinned.
print(type(sys.maxsize).__name__)
print(sys.maxsize >= 2**31 - 1)
print(sys.maxsize + 1 > 0)
