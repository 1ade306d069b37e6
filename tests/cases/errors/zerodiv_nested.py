def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print("ratio", ratio(100, v))

print("start")
report([4, 2, 0, 1])
