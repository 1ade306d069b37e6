a = 6
b = 7
print(f"{a} * {b} = {a * b}")
print(f"{a + b}")
print(f"{len('hello')}")
d = {"k": "v"}
print(f"{d['k']}")
lst = [1, 2, 3]
print(f"{lst[0]} and {lst[-1]}")
print(f"{'x' * 3}")
print(f"{a > b}")
