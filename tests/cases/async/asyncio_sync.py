import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def timeouts():
    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError:
        print("timed out")
    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("woken", n)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.005)
            order.append(-n)
    await asyncio.gather(locked(1), locked(2), locked(3))
    print(order)
    q = asyncio.Queue()
    async def producer():
        for i in range(4):
            await q.put(i)
            await asyncio.sleep(0)
    async def consumer():
        got = []
        for _ in range(4):
            got.append(await q.get())
        return got
    p = asyncio.create_task(producer())
    print(await consumer())
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", t.cancelled())
    r = await asyncio.gather(asyncio.sleep(0, "x"), boom(), return_exceptions=True)
    print(r)

async def boom():
    raise ValueError("boom")

asyncio.run(timeouts())
