try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(e)
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print(e)
a, b = 1, 2
print(a, b)
