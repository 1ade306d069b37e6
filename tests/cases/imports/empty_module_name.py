import sys

print(sys.modules["__main__"].__name__)
main = sys.modules[__name__]
value = 7
print(main.value)
