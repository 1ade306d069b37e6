# micropython.const is MicroPython's; CPython has no micropython module.
try:
    from micropython import const
except ImportError:

    def const(x):
        return x


SIZE = const(16)
MASK = const(SIZE - 1)
print(SIZE, MASK, const("text"), const(2.5))
