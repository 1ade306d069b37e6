import gc

# MicroPython's gc.mem_free/mem_alloc; CPython has neither, so the case checks only on frostpy.
if hasattr(gc, "mem_free"):
    free, used = gc.mem_free(), gc.mem_alloc()
    ok = free > 0 and used > 0
    big = [0] * 1000
    ok = ok and gc.mem_alloc() > used
    del big
    gc.collect()
    print(ok, type(free).__name__)
else:
    print(True, "int")
