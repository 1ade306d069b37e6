counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump())
print(bump())
print(counter)

def set_new():
    global created
    created = "made inside"

set_new()
print(created)
