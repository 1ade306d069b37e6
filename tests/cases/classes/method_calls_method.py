class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def summary(self):
        return "area=" + str(self.area()) + " perimeter=" + str(self.perimeter())

    def scale(self, k):
        return Rect(self.w * k, self.h * k)

r = Rect(3, 4)
print(r.summary())
print(r.scale(2).summary())
