class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
p.x = 10
print(p.x)
p.label = "new attr"
print(p.label)
q = Point(y=1, x=2)
print(q.x, q.y)
