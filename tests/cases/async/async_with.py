import asyncio

class Res:
    async def __aenter__(self):
        print("enter")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError

async def use():
    async with Res() as r:
        print("inside", type(r).__name__)
    async with Res():
        raise KeyError("swallowed")
    try:
        async with Res():
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Res():
            if i == 1:
                break
    print("after break")

asyncio.run(use())

