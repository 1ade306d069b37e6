x = None
print(x)
print(x is None)
print(x is not None)
print(x == None)
print(repr(None))
print(str(None))
print(type(None).__name__)
def nothing():
    pass
r = nothing()
print(r)
print(r is None)
y = 5
print(y is None, y is not None)
