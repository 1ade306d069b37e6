def show(**kw):
    return list(kw)

print(show(b=1, a=2, c=3))
print(show(**{"z": 1, "y": 2}, x=3))
def order(a, b, c):
    return [a, b, c]
print(order(c=3, a=1, b=2))
print(order(1, c=3, b=2))
