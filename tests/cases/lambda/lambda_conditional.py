sign = lambda x: "neg" if x < 0 else ("zero" if x == 0 else "pos")
print([sign(v) for v in (-2, 0, 3)])
clamp = lambda v, lo=0, hi=10: lo if v < lo else hi if v > hi else v
print(clamp(-5), clamp(5), clamp(50))
print(type((lambda: (yield))()).__name__)
