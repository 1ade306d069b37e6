try:
    raise KeyError("k")
except LookupError:
    print("LookupError first")
except KeyError:
    print("never")
try:
    raise IndexError("i")
except KeyError:
    print("never")
except IndexError:
    print("IndexError")
except LookupError:
    print("never either")
