import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.inf > 1e308, math.isnan(math.nan), math.nan == math.nan)
print(type(math.pi).__name__)
