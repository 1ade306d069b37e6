class A:
    @property
    def name(self):
        return 'A'
    def describe(self):
        return 'I am ' + self.name
class B(A):
    @property
    def name(self):
        return 'B<' + super().name + '>'
print(B().describe(), A().describe(), B().name)
class C(B):
    def describe(self):
        return super().describe().upper()
print(C().describe())
