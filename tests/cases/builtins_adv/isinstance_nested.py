print(isinstance(1, (str, (int, float))), isinstance('a', ((list,), (dict, str))), issubclass(bool, ((str,), int)))
print(isinstance(1, ()), issubclass(int, ()), isinstance(None, type(None)), isinstance(print, type(len)))
try:
    isinstance(1, [int])
except TypeError as e:
    print(e)
try:
    isinstance(1, (int, 5))
except TypeError as e:
    print(e)
