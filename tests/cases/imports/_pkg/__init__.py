print("init _pkg", __name__, __package__)
pkg_value = "top"
