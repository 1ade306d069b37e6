a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 5, *b, 6])
print([*range(3), *"hi"])
print([*{"x": 1}])
print([*[], *()])
x = [1]
x = [*x, *x, *x]
print(x)
