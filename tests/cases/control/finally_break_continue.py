for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
