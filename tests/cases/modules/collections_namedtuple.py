from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, list(p), tuple(p), p == (1, 2), p != (1, 3))
print(Point(x=3, y=4), Point(5, y=6))
print(Point._fields, p._asdict())
print(p._replace(y=9), Point._make([7, 8]))
print(p.count(1), p.index(2), 2 in p, p[0:1])
print(Point.__name__)
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Row = namedtuple("Row", "a, b,c")
print(Row(1, 2, 3))
print(Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9), Point(1, 2) <= (1, 2))
