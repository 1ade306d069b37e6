n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

def make():
    k = 5
    return (k * i for i in range(3))

print(list(make()))
items = [1, 2, 3]
g = (x for x in items)
items = [7, 8]
print(list(g))
