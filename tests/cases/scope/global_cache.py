# Global and builtin lookups stay right when the globals change under a cached lookup.
def use_len(x):
    return len(x)

for i in range(3):
    print(use_len([1, 2, 3]))

def len(x):
    return -1

print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))

len = lambda x: 99
print(use_len("ab"))
del len
print(use_len("ab"))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for i in range(5):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError", e)
counter = 10
print(bump(), counter)

# Many globals: the dict grows (and is re-laid out) between lookups.
def read_g():
    return g5 + g40

g0 = 0
g1 = 1
g2 = 2
g3 = 3
g4 = 4
g5 = 5
g6 = 6
g7 = 7
g8 = 8
g9 = 9
g10 = 10
g11 = 11
g12 = 12
g13 = 13
g14 = 14
g15 = 15
g16 = 16
g17 = 17
g18 = 18
g19 = 19
g20 = 20
g21 = 21
g22 = 22
g23 = 23
g24 = 24
g25 = 25
g26 = 26
g27 = 27
g28 = 28
g29 = 29
g30 = 30
g31 = 31
g32 = 32
g33 = 33
g34 = 34
g35 = 35
g36 = 36
g37 = 37
g38 = 38
g39 = 39
g40 = 40
g41 = 41
g42 = 42
g43 = 43
g44 = 44
g45 = 45
g46 = 46
g47 = 47
g48 = 48
g49 = 49
g50 = 50
g51 = 51
g52 = 52
g53 = 53
g54 = 54
g55 = 55
g56 = 56
g57 = 57
g58 = 58
g59 = 59
print(read_g())
del g0
del g2
del g4
del g6
del g8
del g10
del g12
del g14
del g16
del g18
del g20
del g22
del g24
del g26
del g28
del g30
del g32
del g34
del g36
del g38
del g40
del g42
del g44
del g46
del g48
del g50
del g52
del g54
del g56
del g58
try:
    read_g()
except NameError as e:
    print("NameError", e)
g40 = 400
print(read_g())

# A module-level loop reads and writes its globals through the cache.
total = 0
for i in range(100):
    total += i
    if i == 50:
        del total
        total = 1000
print(total)

class C:
    def m(self):
        return "method"
    def n(self):
        return "n"

c = C()
print(c.m(), c.n())
c.m = lambda: "instance"
print(c.m())
del c.m
print(c.m())
C.m = lambda self: "patched"
print(c.m())
