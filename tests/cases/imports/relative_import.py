import _rel

print(_rel.helper())
print(_rel.inner.inner_value)
from _rel.inner import h

print(h is _rel.helper)
