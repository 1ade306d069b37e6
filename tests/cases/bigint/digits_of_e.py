# e to 200 digits: sum of 1/k! in fixed point.
unity = 10 ** 210
term = unity
total = 0
k = 0
while term:
    total += term
    k += 1
    term //= k
s = str(total // 10 ** 10)
print(s[0] + "." + s[1:], k)
