def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring exit")
            break
    yield "again"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

r = returns_on_exit()
next(r)
print(r.close())
