class P:
    def __init__(self, v):
        self.v = v

a = P(1)
b = P(1)
c = a
print(a == b)
print(a == c)
print(a is c)
print(a != b)
print(a in [b])
print(a in [b, c])
