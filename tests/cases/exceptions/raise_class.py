try:
    raise ValueError
except ValueError as e:
    print("args:", e.args)
    print("str: [" + str(e) + "]")
try:
    raise TypeError()
except TypeError as e:
    print(type(e).__name__, e.args)
