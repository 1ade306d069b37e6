import time

# A board with a real-time clock: seconds since 1970.
now = time.time()
print(now > 1600000000, abs(time.time_ns() / 1e9 - now) < 60)
