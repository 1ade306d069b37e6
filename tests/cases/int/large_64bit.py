big = 9223372036854775807
print(big)
print(big - 1)
print(big // 2)
print(big % 1000)
small = -9223372036854775807 - 1
print(small)
print(small + 1)
print(small // 2)
print(small % 1000)
print(big + small)
print(big > small)
print(-big)
