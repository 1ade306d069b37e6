def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = make_pair()
print(get())
put(42)
print(get())
put("changed")
print(get())
