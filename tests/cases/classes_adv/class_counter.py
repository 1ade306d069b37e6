class Node:
    count = 0
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        Node.count += 1
    def total(self):
        return self.value + sum([c.total() for c in self.children])
    def depth(self):
        return 1 + max([c.depth() for c in self.children], default=0)
    def __repr__(self):
        return 'Node(%d, %d children)' % (self.value, len(self.children))
tree = Node(1, [Node(2), Node(3, [Node(4), Node(5, [Node(6)])])])
print(tree, tree.total(), tree.depth(), Node.count)
print([repr(c) for c in tree.children])
