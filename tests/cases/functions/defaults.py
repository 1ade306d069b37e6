def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))

def power(base, exp=2):
    return base ** exp

print(power(5))
print(power(2, 10))
