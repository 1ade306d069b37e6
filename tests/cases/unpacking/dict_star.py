d = {"a": 1, "b": 2}
e = {"b": 20, "c": 30}
print({**d, **e})
print({**e, **d})
print({"z": 0, **d, "a": 100})
print({**{}})
merged = {**dict(x=1), **{k: k * 2 for k in "ab"}}
print(merged)
