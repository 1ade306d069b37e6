if (n := 10) > 5:
    print("n is", n)
data = [3, 1, 4, 1, 5]
while (item := data.pop()) != 4:
    print("popped", item)
print(data)
print((y := 2) * y)
def f():
    if (z := [1, 2, 3]):
        return len(z), z
print(f())
values = [(k := i) * 2 for i in range(3)]
print(values, k)
