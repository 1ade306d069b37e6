real = 1


def __getattr__(name):
    if name.startswith("dyn_"):
        return "dynamic " + name
    raise AttributeError("no " + name)
