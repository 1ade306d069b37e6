total = 0.0
i = 0
while i < 8:
    total = total + 0.5
    print(total)
    i = i + 1
avg = total / 8
print(avg)
print(sum([0.5, 0.25, 0.125]))
