import _ns_pkg.mod

print(_ns_pkg.mod.ns_value)
from _ns_pkg import mod

print(mod.ns_value)
