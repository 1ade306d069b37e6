z = -0.0
print(z)
print(z == 0.0)
print(0.0 * -1)
print(abs(-0.0))
print(-1.5 * 0)
