import math

cases = [
    (math.sqrt, -1), (math.log, 0), (math.log, -2), (math.acos, 2), (math.asin, -1.5),
    (math.exp, 1000), (math.cosh, 1000), (math.atanh, 1), (math.log10, 0), (math.gamma, 0),
    (math.gamma, -2), (math.lgamma, 0), (math.log2, -1),
]
for f, x in cases:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(e)
try:
    math.pow(0, -1)
except ValueError as e:
    print(e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(e)
print(math.pow(10, 400) if False else "pow ok")
try:
    math.pow(10, 400)
except OverflowError as e:
    print(e)
