from _pkg import *

print(pkg_value)
try:
    print(leaf)
except NameError as e:
    print(e)
from _pkg.sub.deep import *

print(deep_value, leaf_value, sub_value)
