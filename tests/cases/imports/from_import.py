from _mod_a import x, double as dbl, K

print(x, dbl(4), K(1).show())
from _pkg import pkg_value

print(pkg_value)
