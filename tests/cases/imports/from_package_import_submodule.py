from _pkg import leaf

print(leaf.leaf_value)
from _pkg.sub import deep

print(deep.deep_value)
import _pkg

print(_pkg.leaf is leaf, _pkg.sub.deep is deep)
