def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

for i in range(0, 21, 4):
    print(i, fact(i))

def sum_list(lst, i):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)

print(sum_list([1, 2, 3, 4], 0))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
