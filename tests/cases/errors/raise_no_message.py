def fail():
    raise RuntimeError

print("ok")
fail()
