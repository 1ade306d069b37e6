l = [5, 3, 8, 3, 1]
print(l.index(3), l.index(3, 2), l.index(8, -3), l.index(1, 0, 5), l.count(3), l.count(9))
for args in [(9,), (5, 1), (3, 4, 5), (3, 0, 1)]:
    try:
        print(l.index(args[0], args[1]) if len(args) == 2 else l.index(args[0], args[1], args[2]) if len(args) == 3 else l.index(args[0]))
    except ValueError as e:
        print(e)
try:
    l.index(9)
except ValueError as e:
    print(e)
try:
    l.index(5, 1)
except ValueError as e:
    print(e)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
words = ['banana', 'Apple', 'cherry']
words.sort(key=str.lower)
print(words)
words.sort(reverse=True)
print(words)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2], (1, 2) < (1, 3), (1,) <= (1,), (2, 'a') > (1, 'z'))
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2], (1, 2) == [1, 2], [[1], [0]] > [[1]])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)
x = [3, 1, 2]
y = sorted(x)
x.reverse()
print(x, y, x.copy() == x, x.copy() is x)
x.insert(0, 'first')
x.insert(100, 'last')
x.insert(-1, 'before last')
print(x, x.pop(), x.pop(0), x)
x.remove(1)
print(x)
x.extend(range(3))
x.extend('ab')
print(x)
del x[::2]
print(x)
x[1:2] = [7, 8, 9]
print(x, x * 2 == x + x, [0] * 3)
x.clear()
print(x)
