for x in (-1, 0, 1):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
a = None
print(a if a is not None else "default")
print((1 if True else 2) + (3 if False else 4))
calls = []
def t(v):
    calls.append(v)
    return v
r = t("yes") if t(True) else t("no")
print(r, calls)
