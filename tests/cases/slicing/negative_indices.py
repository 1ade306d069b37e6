l = [10, 20, 30, 40]
print(l[-1], l[-4], l[-2])
t = ("a", "b", "c")
print(t[-1], t[-3])
s = "hello"
print(s[-1], s[-5])
try:
    l[-5]
except IndexError as e:
    print(e)
try:
    s[-6]
except IndexError as e:
    print(e)
l[-1] = 99
print(l)
