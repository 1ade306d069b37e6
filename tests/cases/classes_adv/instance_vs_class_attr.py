class C:
    tags = ['shared']
    n = 0
    def add(self, t):
        self.tags = self.tags + [t]
        self.n += 1
a, b = C(), C()
a.add('x')
print(a.tags, b.tags, C.tags, a.n, b.n, C.n, 'tags' in a.__dict__, 'tags' in b.__dict__)
C.n = 10
print(a.n, b.n)
b.__dict__['n'] = 5
print(b.n, vars(b) if False else b.__dict__)
