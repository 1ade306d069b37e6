try:
    from _mod_a import nope
except ImportError as e:
    # The message ends with the module's path: keep the part before it.
    print(type(e).__name__, str(e).split(" (")[0])
    print(e.name)
