def level3(x):
    print("level3")
    return 10 // x

def level2(x):
    print("level2")
    r = level3(x)
    print("level2 done")
    return r

def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        print("level1 caught:", e)
        return -1

print(level1(5))
print(level1(0))
