class Shape:
    pass

class Square(Shape):
    pass

class Circle(Shape):
    pass

s = Square()
print(isinstance(s, Square))
print(isinstance(s, Shape))
print(isinstance(s, Circle))
print(isinstance(s, object))
print(isinstance(s, (Circle, Square)))
print(isinstance(3, Shape))
print(isinstance(3, int), isinstance("s", str), isinstance(2.0, float))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(True, int), isinstance(1, bool))
