compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
apply = lambda f, xs: [f(x) for x in xs]
print(apply(lambda p: p[0] * p[1], zip([1, 2], [3, 4])))
print(apply(lambda v: v % 2, range(7)))
