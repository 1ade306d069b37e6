import _getattr_mod

print(_getattr_mod.real)
print(_getattr_mod.dyn_thing)
try:
    _getattr_mod.other
except AttributeError as e:
    print(e)
from _getattr_mod import dyn_x

print(dyn_x)
print(hasattr(_getattr_mod, "other"), hasattr(_getattr_mod, "dyn_y"))
print(getattr(_getattr_mod, "other", "default"))
