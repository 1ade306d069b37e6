def f(a, b=2, *, c=3):
    return (a, b, c)

kw = {"b": 20, "c": 30}
print(f(1, **kw))
print(f(**{"a": 5}))
print(f(1, **{"c": 9}))
print(f(a=0, **{"b": 1}))
print(f(**{"a": 1}, **{"b": 2}))
