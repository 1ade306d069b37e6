import sys

try:
    import _raises
except ZeroDivisionError as e:
    print("caught", e)
print("_raises" in sys.modules)
try:
    import _raises
except ZeroDivisionError as e:
    print("caught again", e)
