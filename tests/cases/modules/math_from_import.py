from math import sqrt as root, pi, inf, factorial

print(root(2) ** 2 > 1.99, pi, inf, factorial(10))
import math

print(root is math.sqrt)
