a, b, c, d = 1, 2, 3, 4
a, b, c, d = d, c, b, a
print(a, b, c, d)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
head, *tail = lst
lst = tail + [head]
print(lst)
class P: pass
p = P()
p.x, p.y = 3, 4
print(p.x, p.y)
