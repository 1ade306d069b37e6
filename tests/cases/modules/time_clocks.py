import time

t1 = time.monotonic()
n1 = time.monotonic_ns()
p1 = time.perf_counter()
now = time.time()
print(type(t1).__name__, type(n1).__name__, type(now).__name__, type(time.time_ns()).__name__)
print(now > 1600000000)
time.sleep(0.02)
print(time.monotonic() - t1 >= 0.015, time.monotonic_ns() - n1 >= 15000000, time.perf_counter() > p1)
time.sleep(0)
