def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(5, naturals()))
evens = (x for x in naturals() if x % 2 == 0)
print(take(4, evens))
print(take(3, evens))
