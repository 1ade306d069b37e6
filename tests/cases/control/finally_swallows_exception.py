def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed by break"

print(f())
def g():
    try:
        raise KeyError("k")
    finally:
        return "swallowed by return"
print(g())
