a = [1, 2]
print((*a, 3))
print((*a,))
t = *a, *a
print(t)
print({*a, 2, 3} == {1, 2, 3})
print(sorted({*"hello"}))
print(len({*range(5), *range(3, 8)}))
