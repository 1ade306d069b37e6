import _mod_a as m
import _pkg.sub as s

print(m.x, m.__name__)
print(s.sub_value, s.__name__)
print(s is m or "done")
