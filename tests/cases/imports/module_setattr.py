import _mod_a

_mod_a.added = "new"
import _mod_a as again

print(again.added)
del _mod_a.added
print(hasattr(again, "added"))
try:
    del _mod_a.added
except AttributeError as e:
    print(e)
_mod_a.x = 99
from _mod_a import x

print(x)
