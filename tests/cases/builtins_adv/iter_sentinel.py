data = [3, 2, 1, 0, 5]
pos = [0]
def next_item():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(next_item, 0)), pos)
lines = ['a', 'b', '', 'c']
it = iter(lambda: lines.pop(0), '')
print(type(it).__name__, list(it), lines)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
