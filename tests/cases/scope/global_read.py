SCALE = 10
names = []

def scaled(v):
    return v * SCALE

def remember(n):
    names.append(n)

print(scaled(4))
SCALE = 3
print(scaled(4))
remember("a")
remember("b")
print(names)
