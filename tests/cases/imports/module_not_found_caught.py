try:
    import _missing_one
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name)
    print(isinstance(e, ImportError))
try:
    import _pkg.missing_sub
except ImportError as e:
    print(e)
try:
    from _pkg import missing_name
except ImportError as e:
    print(str(e).split(" (")[0])
