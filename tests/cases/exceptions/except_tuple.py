def risky(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return [][0]
    if n == 2:
        return {}["x"]
    return "fine"

for n in range(4):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print(n, "first handler", type(e).__name__)
    except (KeyError, ValueError) as e:
        print(n, "second handler", type(e).__name__)
