print("start")
x = 5
return x
