x = 5
print(-x)
print(+x)
print(--x)
print(-(-x))
print(-0)
y = -12
print(abs(y))
print(-y)
print(- -y)
print(not x)
print(not 0)
