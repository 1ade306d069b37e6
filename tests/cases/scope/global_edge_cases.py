counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
