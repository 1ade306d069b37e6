import math

for x in [2.5, -2.5, 3.0, -0.5, 7, -7, True, 1e15 + 0.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(-0.0), math.ceil(0.2))
for f in [math.floor, math.ceil, math.trunc]:
    for bad in [math.inf, math.nan]:
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
