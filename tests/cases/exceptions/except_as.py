try:
    int("abc")
except ValueError as e:
    print("caught:", e)
    print(type(e).__name__)
try:
    [1, 2][5]
except IndexError as err:
    print("index:", err)
try:
    {}["k"]
except KeyError as err:
    print("key:", err)
