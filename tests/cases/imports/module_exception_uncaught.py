import _mod_a

_mod_a.fail()
