def level1():
    n = 0
    def level2():
        nonlocal n
        def level3():
            nonlocal n
            n += 100
        level3()
        n += 1
    level2()
    print("after one call", n)
    level2()
    return n

print(level1())
