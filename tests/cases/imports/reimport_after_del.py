import sys
import _counter

_counter.count = 5
del sys.modules["_counter"]
import _counter as fresh

print(fresh.count, fresh is _counter)
