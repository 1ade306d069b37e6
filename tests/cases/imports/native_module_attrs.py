import math

print(callable(math.sqrt), type(math.sqrt).__name__, math.sqrt.__name__)
print(math.sqrt, math.floor)
f = math.sqrt
print(f(81), [math.floor(x) for x in [1.5, 2.5]])
math.extra = "added"
from math import extra

print(extra, math.extra)
saved = math.sqrt
math.sqrt = lambda x: "patched"
print(math.sqrt(4))
math.sqrt = saved
print(math.sqrt(4))
try:
    math.no_such_function
except AttributeError as e:
    print(e)


class Holder:
    fn = math.floor


print(Holder().fn(2.5), Holder.fn(3.5))
