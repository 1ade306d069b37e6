decos = {"twice": lambda f: lambda x: f(f(x))}
@decos["twice"]
def inc(x):
    return x + 1
print(inc(5))
class NS:
    pass
ns = NS()
ns.helper = lambda f: lambda: "wrapped " + f()
@ns.helper
def g():
    return "g"
print(g())
