class Shape:
    def area(self):
        return 0

    def __str__(self):
        return type(self).__name__ + " with area " + str(self.area())

class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2

shapes = [Sq(3), Tri(4, 5), Shape()]
for s in shapes:
    print(s)
total = 0
for s in shapes:
    total += s.area()
print(total)
