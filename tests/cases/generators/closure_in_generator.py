def make_gen(mult):
    def scale(x):
        return x * mult
    for i in range(3):
        yield scale(i)
    mult = 100
    yield scale(1)

print(list(make_gen(3)))

def gen_of_lambdas():
    for i in range(3):
        yield lambda: i

print([f() for f in gen_of_lambdas()])
print([f() for f in list(gen_of_lambdas())])
