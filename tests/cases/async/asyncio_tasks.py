import asyncio

async def worker(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " done")
    return name.upper()

async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 0.03, log))
    t2 = asyncio.create_task(worker("b", 0.01, log))
    print("created", t1.done())
    r = await asyncio.gather(t1, t2, worker("c", 0.02, log))
    print(r, log)
    print(await t1, t1.done(), t1.result())
    return 42

print(asyncio.run(main()))

