import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("broken")


async def main():
    got = []
    async for v in Ticker(4):
        got.append(v)
    print(got)
    async for v in Ticker(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("v", v)
    else:
        print("no else after break")
    async for v in Ticker(0):
        print("never")
    else:
        print("else runs when exhausted")
    try:
        async for v in Broken():
            print("never")
    except KeyError as e:
        print("KeyError", e)
    total = 0
    for outer in range(2):
        async for v in Ticker(3):
            try:
                if v == 2:
                    raise ValueError(v)
                total += v
            except ValueError as e:
                total += 100
    print(total)


asyncio.run(main())
