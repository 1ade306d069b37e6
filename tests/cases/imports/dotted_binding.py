import _pkg.sub

print(_pkg.pkg_value, _pkg.sub.sub_value)
try:
    print(sub)
except NameError as e:
    print(e)
import _pkg.sub.deep, _mod_a

print(_pkg.sub.deep.deep_value, _mod_a.x)
