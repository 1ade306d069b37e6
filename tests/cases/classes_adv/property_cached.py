class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None
        self.computed = 0
    @property
    def area(self):
        if self._area is None:
            self.computed += 1
            self._area = 3 * self.r * self.r
        return self._area
    @property
    def radius(self):
        return self.r
    @radius.setter
    def radius(self, v):
        self.r = v
        self._area = None
c = Circle(2)
print(c.area, c.area, c.computed)
c.radius = 3
print(c.area, c.computed, c.radius)
print([Circle(i).area for i in range(4)])
print(getattr(c, 'area'), hasattr(c, 'area'), hasattr(c, 'perimeter'))
