for f in [1e20, -1e20, 1e300, 2.5e20, 1.7976931348623157e308, 9.223372036854775807e18, -9.223372036854775808e18, 123456789012345678901234.0, 0.5, -0.5, 1e-300]:
    print(int(f), round(f), int(f) == f or f != int(f))
print(round(2.5e20), round(-3.5e25), round(1e22) == 10 ** 22)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
