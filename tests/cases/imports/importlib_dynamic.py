import importlib

m = importlib.import_module("_mod_a")
print(m.x, m is importlib.import_module("_mod_a"))
leaf = importlib.import_module("_pkg.leaf")
print(leaf.leaf_value)
deep = importlib.import_module(".sub.deep", "_pkg")
print(deep.deep_value)
helpers = importlib.import_module("..helpers", "_rel.inner")
print(helpers.helper())
for bad in ["_nope_mod", ".rel"]:
    try:
        importlib.import_module(bad)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
