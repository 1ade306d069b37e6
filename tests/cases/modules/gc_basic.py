import gc

gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
data = [[i] * 10 for i in range(100)]
del data
gc.collect()
print("collected")
