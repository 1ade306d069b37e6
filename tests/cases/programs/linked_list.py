class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def push_back(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def __str__(self):
        parts = []
        for v in self.to_list():
            parts.append(str(v))
        return " -> ".join(parts) + " (" + str(self.size) + ")"


ll = LinkedList()
print(ll)
for i in range(5):
    ll.push_back(i)
ll.push_front("start")
print(ll)
ll.reverse()
print(ll)
print(ll.to_list())
