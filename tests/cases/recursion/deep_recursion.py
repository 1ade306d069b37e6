def f(n):
    return f(n - 1) + 1 if n else 0

print(f(500))
print(f(990))

def depth(n):
    if n == 0:
        return []
    r = depth(n - 1)
    r.append(n)
    return r

print(len(depth(900)))
