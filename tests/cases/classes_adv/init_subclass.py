class Registry:
    registered = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = cls.__name__.lower()
        Registry.registered.append(cls.__name__)

class Plugin(Registry):
    pass

class Special(Plugin):
    def __init_subclass__(cls):
        print("Special sees", cls.__name__)
        super().__init_subclass__()

class Leaf(Special):
    pass

print(Registry.registered, Plugin.tag, Leaf.tag, hasattr(Registry, "tag"))

class Counter:
    count = 0
    def __get__(self, obj, cls):
        Counter.count += 1
        return Counter.count
class Host:
    c = Counter()
print(Host.c, Host().c, Host.__dict__["c"].__class__.__name__)

class Base:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class Child(Base):
    pass
