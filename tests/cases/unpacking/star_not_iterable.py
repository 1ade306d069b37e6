try:
    print([*5])
except TypeError as e:
    print(e)
try:
    print({**[1, 2]})
except TypeError as e:
    print(e)
try:
    a, *b = 7
except TypeError as e:
    print(e)
