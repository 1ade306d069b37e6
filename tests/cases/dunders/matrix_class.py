class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return 'Matrix(%r)' % self.rows
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __neg__(self):
        return self * -1
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m + i, m * i == m, m * m, 2 * m, -m, m[1, 0], len(m), list(m), m != i)
