d = {"z": 26, "a": 1, "m": 13}
for k in d.keys():
    print("key", k)
for v in d.values():
    print("value", v)
for k, v in d.items():
    print("item", k, v)
print(sum(d.values()))
print(sorted(d.keys()))
print(len(d.items()))
