import math

print(math.sqrt(16), math.sqrt(2.0), math.sqrt(0))
print(math.pow(2, 10), math.pow(2.5, 2), math.pow(4, 0.5))
print(math.exp(0), round(math.exp(1), 12) == round(math.e, 12), math.expm1(0.0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log1p(0.0), math.fabs(-3), math.fabs(2.5))
print(math.exp2(3), round(math.cbrt(27.0), 12))
