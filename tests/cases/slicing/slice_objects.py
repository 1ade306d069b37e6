l = list(range(10))
sl = l[1:8:3]
print(sl)
idx = [0, 2]
print(l[idx[0]:idx[1]], l[idx[1]::idx[1] * 2])
print("hello"[idx[0] + 1:idx[1] * 2])
