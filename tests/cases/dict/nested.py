db = {"alice": {"age": 30, "langs": ["py", "rust"]}, "bob": {"age": 25, "langs": []}}
print(db["alice"]["age"])
db["bob"]["langs"].append("c")
print(db["bob"])
db["carol"] = {"age": 41, "langs": ["go"]}
for name in db:
    print(name, db[name]["age"], len(db[name]["langs"]))
