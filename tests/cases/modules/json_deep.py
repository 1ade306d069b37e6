import json

depth = 150
doc = "[" * depth + "]" * depth
value = json.loads(doc)
n = 0
while value:
    value = value[0]
    n += 1
print(n)
nested = []
cur = nested
for i in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
text = json.dumps(nested)
print(len(text), json.loads(text) == nested)
big = json.loads(json.dumps(list(range(1000))))
print(len(big), big[-1])
print(json.loads(json.dumps({"k" + str(i): i for i in range(200)}))["k199"])
