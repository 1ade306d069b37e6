print("ab" * (2 ** 100 - 2 ** 100 + 3), [0] * (2 ** 70 // 2 ** 68), (1,) * (2 ** 64 - 2 ** 64))
for thunk in [lambda: "a" * 2 ** 100, lambda: [1] * -(2 ** 100), lambda: (2 ** 100) * [1, 2]]:
    try:
        print(thunk())
    except OverflowError as e:
        print("OverflowError", e)
for thunk in [lambda: [1, 2, 3][2 ** 100], lambda: (1,)[-(2 ** 64)], lambda: "abc"[2 ** 80]]:
    try:
        print(thunk())
    except IndexError as e:
        print("IndexError", e)
print([1, 2, 3][2 ** 100:], [1, 2, 3][-(2 ** 100):2], "abcdef"[::2 ** 70], [1, 2, 3][:-(2 ** 64)])
