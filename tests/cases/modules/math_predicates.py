import math

for x in [0.0, 1, -2.5, math.inf, -math.inf, math.nan, 10**18]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
