import time

t1 = time.monotonic()
n1 = time.monotonic_ns()
p1 = time.perf_counter()
print(type(t1).__name__, type(n1).__name__, type(time.time()).__name__, type(time.time_ns()).__name__)
time.sleep(0.02)
print(time.monotonic() - t1 >= 0.015, time.monotonic_ns() - n1 >= 15000000, time.perf_counter() > p1)
time.sleep(0)
