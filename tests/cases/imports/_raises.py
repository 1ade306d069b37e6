print("_raises starts")
x = 1
y = x // 0
