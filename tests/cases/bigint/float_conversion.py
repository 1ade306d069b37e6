for x in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 64 - 1, 2 ** 100, 2 ** 100 + 1, 3 ** 100, -(7 ** 200), 10 ** 308, 2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 - 1]:
    print(float(x))
print(float(-(2 ** 1023)), float(2 ** 1000) * 2.0 ** 23)
print(2 ** 100 + 0.5, 2 ** 100 * 1.0, 2 ** 100 - 1.0, 3.0 * 2 ** 70, 2.0 ** 70 / 2 ** 60)
print(10 ** 20 // 3.0, 10 ** 20 % 7.0, (2 ** 70) ** 0.5, (10 ** 40) ** -0.5)
print(f"{2 ** 70:e}", f"{2 ** 70:.3f}", f"{-(2 ** 80):g}", f"{2 ** 90:.2%}")
for bad in [2 ** 1024, -(2 ** 1024), 10 ** 400, 2 ** 1024 - 2 ** 970]:
    try:
        print(float(bad))
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(10 ** 400 + 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(f"{2 ** 1100:f}")
except OverflowError as e:
    print("OverflowError", e)
