import sys
import math as m
from math import pi, sqrt
import json, struct

print(m.sqrt(9.0), sqrt(4.0), pi == m.pi)
print("math" in sys.modules, "json" in sys.modules, "struct" in sys.modules)
print(type(m).__name__, m.__name__)
import math

print(math is m)
