import sys
import _counter

_counter.count += 1
import _counter as again

print(again.count, again is _counter)
print(sys.modules["_counter"] is _counter)
from _counter import count

print(count)
