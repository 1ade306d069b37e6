def divmod_like(a, b):
    return a // b, a % b

q, r = divmod_like(17, 5)
print(q, r)
res = divmod_like(-17, 5)
print(res)
print(res[0], res[1])

def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi

print(min_max([4, -2, 9, 0]))
