for thunk in [lambda: float(10 ** 400), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("12a"), lambda: int("1" * 30 + "x"),
              lambda: 10 ** 400 * 1.0, lambda: 2 ** 1024 / 1, lambda: chr(2 ** 40), lambda: [1, 2][2 ** 64], lambda: int(None)]:
    try:
        print(thunk())
    except (OverflowError, ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
