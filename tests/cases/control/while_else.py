i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran")
j = 0
while j < 10:
    if j == 2:
        print("breaking")
        break
    j += 1
else:
    print("else should not run")
k = 5
while k < 3:
    print("never")
else:
    print("else on empty loop")
