print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(-7 % -3)
print(6 % 3)
print(-6 % 3)
print(0 % 7)
print(1 % 10, -1 % 10)
print(123 % 10, -123 % 10)
a = -17
b = 5
print(a // b * b + a % b == a)
