def f():
    len = 5
    return len

print(f())
print(len("abc"))
def max(a, b):
    return "my max"
print(max(1, 2))
