# Conditions that are one comparison: every operator, both senses, all kinds of operands.
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v)
        return self.v  # not a bool: its truth decides
    def __eq__(self, other):
        print("eq", self.v)
        return [] if self.v else [1]
    def __gt__(self, other):
        raise ValueError("no >")

class Falsy:
    def __bool__(self):
        print("bool called")
        return False

class Cmp:
    def __le__(self, other):
        return Falsy()

vals = [0, 1, -1, 2.5, "a", "b", (1, 2), (1, 3), None, 10**20]
for x in vals:
    for y in vals:
        row = []
        for name, f in (("==", lambda: x == y), ("!=", lambda: x != y)):
            row.append(f())
        if x == y:
            row.append("eq")
        if not x != y:
            row.append("not-ne")
        try:
            if x < y:
                row.append("lt")
            if x <= y:
                row.append("le")
            if not (x > y):
                row.append("not-gt")
            if x >= y:
                row.append("ge")
        except TypeError as e:
            row.append("TypeError")
        print(repr(x), repr(y), row)

w0, w1 = Weird(0), Weird(5)
if w0 < 1:
    print("w0 < 1")
else:
    print("not w0 < 1")
if w1 < 1:
    print("w1 < 1")
if w1 == 3:
    print("w1 == 3")
else:
    print("w1 != 3 (empty list)")
if w0 != 3:
    print("w0 != 3")
try:
    if w1 > 0:
        print("unreachable")
except ValueError as e:
    print("ValueError", e)
if Cmp() <= 1:
    print("unreachable")
else:
    print("falsy result")

i, n, s = 0, 5, 0
while i < n:
    if i % 2 == 0:
        s += i
    elif i != 3:
        s -= 1
    i += 1
print(s)
while not i <= 0:
    i -= 2
print(i)
print([j for j in range(10) if j >= 7 or j < 2])
print(1 < 2 < 3, 3 > 2 > 5)
if 1 < 2 < 3:
    print("chain")
x = 7
r = "big" if x > 5 else "small"
print(r)
assert x == 7
try:
    assert x != 7, "seven"
except AssertionError as e:
    print("AssertionError", e)
