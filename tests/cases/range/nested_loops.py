for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line = line + str(i * j) + " "
    print(line.strip())
count = 0
for i in range(5):
    for j in range(i):
        count += 1
print(count)
