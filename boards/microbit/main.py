# The default program of the micro:bit firmware.
print("hello from frostpy on a Cortex-M0")
