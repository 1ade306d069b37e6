import _pkg.sub.deep

print(_pkg.sub.deep.deep_value)
print(_pkg.sub.sub_value, _pkg.leaf.leaf_value)
print(_pkg.sub.deep.__package__)
import _pkg.leaf as leaf

print(leaf is _pkg.leaf)
