registry = {}
def register(name=None):
    def deco(f):
        registry[name or f.__name__] = f
        return f
    return deco

@register()
def alpha():
    return "a"

@register("B")
def beta():
    return "b"

print(sorted(registry))
print(registry["alpha"](), registry["B"]())
print(alpha(), beta())
