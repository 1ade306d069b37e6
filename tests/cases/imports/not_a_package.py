import _mod_a.x
