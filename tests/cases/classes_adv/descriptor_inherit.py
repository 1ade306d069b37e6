class Base:
    _registry = []
    def __init__(self):
        Base._registry.append(type(self).__name__)
    @property
    def kind(self):
        return 'base:' + type(self).__name__
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def util():
        return 'util'
class Child(Base):
    @property
    def kind(self):
        return 'child/' + super().kind
c = Child.create()
print(c.kind, Base.create().kind, Child.util(), c.util(), Base._registry)
print(isinstance(Child.__dict__['kind'], property), 'kind' in Base.__dict__)
