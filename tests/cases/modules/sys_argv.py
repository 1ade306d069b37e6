import sys

print(type(sys.argv).__name__, sys.argv[1:])
print(isinstance(sys.argv[0], str))
