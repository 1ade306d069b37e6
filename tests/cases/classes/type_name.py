class Vehicle:
    pass

class Car(Vehicle):
    pass

c = Car()
print(type(c).__name__)
print(type(Vehicle()).__name__)
print(type(c) == Car)
print(type(c) == Vehicle)
print(Car.__name__)
for v in [1, 1.0, "s", [], (), {}, None, True, range(2)]:
    print(type(v).__name__)
