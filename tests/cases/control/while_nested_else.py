i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        j += 1
    else:
        print("inner else", i)
    print("i", i, "j", j)
    i += 1
