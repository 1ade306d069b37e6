import sys

print(type(sys.path).__name__, len(sys.path) > 0)
print(all([isinstance(p, str) for p in sys.path]))
