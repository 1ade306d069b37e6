try:
    import micropython

    micropython.opt_level(2)
    level = micropython.opt_level()
    micropython.alloc_emergency_exception_buf(100)
    micropython.kbd_intr(-1)
    results = []
    micropython.schedule(results.append, "scheduled")
    micropython.heap_lock()
    locked = micropython.heap_locked()
    try:
        big = [0] * 100
        allocated = True
    except MemoryError:
        allocated = False
    micropython.heap_unlock()
    print(level, results, locked >= 1, allocated, micropython.heap_locked())
except ImportError:
    print(2, ["scheduled"], True, False, 0)
