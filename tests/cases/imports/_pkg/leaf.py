print("init _pkg.leaf", __name__, __package__)
leaf_value = 1
