def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    print("not reached")

it = g()
next(it)
it.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def catches_all():
    try:
        yield 1
    except Exception:
        print("Exception does not catch GeneratorExit")
    finally:
        print("finally runs")

c = catches_all()
next(c)
c.close()
