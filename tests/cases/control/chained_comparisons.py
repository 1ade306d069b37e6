x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 3, x == 5 == 5.0)
print(1 <= 1 < 2 <= 2 < 3)
print("a" < "b" < "c", [1] < [2] < [3])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(2))
print(calls)
print(1 in [1, 2] in [[1, 2]], 3 not in [] is not None)
