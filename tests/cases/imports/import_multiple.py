import _mod_a, _pkg.leaf as leaf, math

print(_mod_a.x, leaf.leaf_value, math.floor(1.5))
from _pkg.sub import sub_value, deep as d

print(sub_value, d.deep_value)
from _mod_a import (
    x as renamed,
    double,
)

print(renamed, double(3))
