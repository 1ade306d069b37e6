class O: pass
o = O()
d = {}
o.a, *o.rest = [1, 2, 3]
print(o.a, o.rest)
d["k"], *d["v"] = "abc"
print(sorted(d.items()))
