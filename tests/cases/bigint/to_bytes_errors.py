cases = [
    lambda: (2 ** 100).to_bytes(12, "big"),
    lambda: (256).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (-1).to_bytes(2, "little"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(2, "middle"),
    lambda: int.from_bytes(b"\x01", "sideways"),
    lambda: int.from_bytes([256], "big"),
]
for c in cases:
    try:
        print(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
