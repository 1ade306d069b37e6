# The default program of the mps2-an385 firmware.
print("hello from frostpy on a Cortex-M3")
