class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s[0], s[1:], sum(s), sorted(s, reverse=True), 2 in s, list(s), s == [1, 2, 3])
s[0] = 10
del s[1]
print(s, bool(s), bool(Stack()))
s += [7]
print(s, type(s).__name__)
print(s + [8], Stack([3, 1, 2]))
class Sorted(list):
    def __init__(self, items):
        super().__init__(sorted(items))
print(Sorted([3, 1, 2]), len(Sorted('cab')))
class Loud(list):
    def append(self, x):
        print('append', x)
        super().append(x)
l = Loud()
l.append(5)
print(l, l.count(5), l.index(5))
