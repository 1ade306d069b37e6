class Node:
    def __init__(self):
        self.next = self

    def length(self):
        return 1 + self.next.length()

try:
    Node().length()
except RecursionError as e:
    print("caught", type(e).__name__)
print("ok")
