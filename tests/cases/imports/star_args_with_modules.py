import math
from collections import namedtuple

args = [3.0, 4.0]
print(math.hypot(*args), math.gcd(*[12, 18, 30]))
P = namedtuple("P", "x y z")
print(P(*range(3)), P(**{"x": 1, "y": 2, "z": 3}))
kw = {"rel_tol": 0.5}
print(math.isclose(1, 1.4, **kw))
