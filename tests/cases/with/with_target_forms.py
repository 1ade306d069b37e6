class CM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False

with CM() as (a, b):
    print(a, b)
d = {}
with CM() as d["k"]:
    pass
print(d)
class O: pass
o = O()
with CM() as o.attr:
    pass
print(o.attr)
