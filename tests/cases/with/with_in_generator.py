class CM:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *a):
        print("close")

def lines():
    with CM():
        yield "line1"
        yield "line2"

for l in lines():
    print(l)
