class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return super().who() + ["B"]

class C(B):
    def who(self):
        return super().who() + ["C"]

print(C().who())
print(B().who())
