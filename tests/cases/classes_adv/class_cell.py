class Base:
    def who(self):
        return __class__.__name__
class Derived(Base):
    def who(self):
        return __class__.__name__ + '<' + super().who()
print(Derived().who(), Base().who())
def make():
    class Local:
        def me(self):
            return __class__
    return Local
L = make()
print(L().me() is L, L.__name__)
