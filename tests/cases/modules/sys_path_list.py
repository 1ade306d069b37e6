import sys

print(type(sys.path).__name__)
print(all([isinstance(p, str) for p in sys.path]))
sys.path.append("somewhere")
print(sys.path[-1], sys.modules["sys"].path is sys.path)
