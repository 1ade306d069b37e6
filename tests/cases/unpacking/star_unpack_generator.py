def gen(n):
    for i in range(n):
        print("gen", i)
        yield i

first, *rest = gen(3)
print(first, rest)
print([*gen(2)])
print(max(*gen(3)))
