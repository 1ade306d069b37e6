import sys

print(type(sys.argv).__name__, sys.argv[1:])
print(all([isinstance(a, str) for a in sys.argv]))
