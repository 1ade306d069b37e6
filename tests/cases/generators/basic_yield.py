def count(n):
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("finished")

for x in count(3):
    print("got", x)
