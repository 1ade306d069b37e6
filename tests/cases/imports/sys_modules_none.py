import sys

sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_blocked"]
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)
