def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain({"k": 1})))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
