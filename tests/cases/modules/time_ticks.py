import time

# MicroPython's ticks functions; on CPython the case defines equivalents (period 2**30).
try:
    from time import ticks_ms, ticks_us, ticks_diff, ticks_add, sleep_ms, sleep_us
except ImportError:
    PERIOD = 1 << 30

    def ticks_ms():
        return int(time.monotonic() * 1000) % PERIOD

    def ticks_us():
        return int(time.monotonic() * 1000000) % PERIOD

    def ticks_diff(a, b):
        return ((a - b + PERIOD // 2) % PERIOD) - PERIOD // 2

    def ticks_add(t, d):
        return (t + d) % PERIOD

    def sleep_ms(n):
        time.sleep(n / 1000)

    def sleep_us(n):
        time.sleep(n / 1000000)


start = ticks_ms()
us = ticks_us()
sleep_ms(20)
sleep_us(1000)
print(ticks_diff(ticks_ms(), start) >= 15, ticks_diff(ticks_us(), us) > 15000)
print(ticks_diff(ticks_add(start, 100), start), ticks_diff(start, ticks_add(start, 100)))
top = (1 << 30) - 1
print(ticks_add(top, 1), ticks_diff(0, top), ticks_diff(top, 0), ticks_add(5, -10) == (1 << 30) - 5)
