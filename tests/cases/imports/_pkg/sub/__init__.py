print("init _pkg.sub", __name__, __package__)
sub_value = 2
