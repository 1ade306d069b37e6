def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for i in range(6):
    print(i, is_even(i), is_odd(i))
print(is_even(101))
