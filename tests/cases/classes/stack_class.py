class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        return self.items.pop()

    def is_empty(self):
        return len(self.items) == 0

    def __str__(self):
        return "Stack" + str(self.items)

s = Stack()
for i in range(4):
    s.push(i * i)
    print(s)
while not s.is_empty():
    print("pop", s.pop())
print(s)
