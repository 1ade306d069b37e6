config = {"host": "localhost", "port": 8080}

def lookup(key):
    print("looking up", key)
    return config[key]

print(lookup("host"))
print(lookup("timeout"))
