import math

print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0), math.frexp(0.1))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3.0, 0))
print(math.modf(3.25), math.modf(-2.5), math.modf(0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod(1, math.inf))
print(math.remainder(7, 3), math.remainder(8, 3))
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0) == 2.0 ** -52)
try:
    math.fmod(1, 0)
except ValueError as e:
    print(e)
