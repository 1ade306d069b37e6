import _mod_a

print(_mod_a.x)
print(_mod_a.double(21))
print(_mod_a.K(3).show())
print(_mod_a.__name__)
print(type(_mod_a).__name__)
print(_mod_a.__file__.endswith("_mod_a.py"))
