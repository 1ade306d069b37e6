def show(kind):
    try:
        if kind == 0:
            1 / 0
        elif kind == 1:
            1 // 0
        elif kind == 2:
            1 % 0
        elif kind == 3:
            1.0 / 0
        elif kind == 4:
            [1][9]
        elif kind == 5:
            (1, 2)[5]
        elif kind == 6:
            "abc"[10]
        elif kind == 7:
            {"a": 1}["zz"]
        elif kind == 8:
            int("12x")
        elif kind == 9:
            1 + "a"
        elif kind == 10:
            "a" + 1
        elif kind == 11:
            [].pop()
    except Exception as e:
        print(type(e).__name__ + ":", e)

for k in range(12):
    show(k)
