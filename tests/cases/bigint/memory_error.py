try:
    x = 1 << 2 ** 62
except MemoryError:
    print("MemoryError")
print("still running", 2 ** 100)
