import _mod_a

print(_mod_a.x)
print(_mod_a.not_there)
