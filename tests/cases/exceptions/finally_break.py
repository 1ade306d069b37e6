for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
i = 0
while i < 4:
    i += 1
    try:
        if i % 2 == 0:
            continue
        print("odd", i)
    finally:
        print("cleanup", i)
def loop_raise():
    for j in range(3):
        try:
            raise ValueError(j)
        finally:
            break
    return "break swallowed error"
print(loop_raise())
