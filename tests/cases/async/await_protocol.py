# await without asyncio: driving coroutines by hand with send(), as a scheduler does.
class Ask:
    def __await__(self):
        got = yield "question"
        return "answer to " + got

async def inner(x):
    a = await Ask()
    return x * 2, a

async def outer():
    r = await inner(21)
    print("inner gave", r)
    try:
        await fails()
    except ValueError as e:
        print("caught through await:", e)
    return "done"

async def fails():
    raise ValueError("deep")

c = outer()
print(c.send(None))
try:
    c.send("life")
except StopIteration as e:
    print("returned", e.value)

async def bad():
    await 5

try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 3

async def bad2():
    await BadAwait()

try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

async def nothing():
    return 7

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("nothing returned", e.value)

async def thrower():
    try:
        await Ask()
    except KeyError as e:
        print("thrown in:", repr(e))
        return "recovered"

c = thrower()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("after throw", e.value)
