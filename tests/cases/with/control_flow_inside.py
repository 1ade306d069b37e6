class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n)

def f():
    for i in range(4):
        with CM(i):
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
    with CM("r"):
        return "returned"

print(f())
