import math

print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.asin(1) == math.pi / 2, math.acos(1), math.atan(0))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0, -1) == math.pi, math.atan2(-0.0, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0))
print(math.asinh(0), math.acosh(1), math.atanh(0))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(round(math.hypot(3, 4), 12), math.hypot(), math.hypot(5))
