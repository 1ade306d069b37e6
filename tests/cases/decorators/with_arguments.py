def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hi(x):
    return "hi " + x

print(hi("you"))

def tag(name, **attrs):
    def deco(f):
        def wrapper(*a, **k):
            extra = "".join(" %s=%s" % kv for kv in sorted(attrs.items())) if False else "".join(" " + k2 + "=" + str(v) for k2, v in sorted(attrs.items()))
            return "<" + name + extra + ">" + f(*a, **k) + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
@tag("a", href="x", id=1)
def link(text):
    return text

print(link("click"))
