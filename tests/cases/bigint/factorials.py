# Factorials grow past 64 bits at 21!.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [19, 20, 21, 22, 25, 30]:
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(f100)), sum([int(c) for c in str(f100)]))
f500 = fact(500)
print(len(str(f500)), str(f500)[:20], str(f500)[-130:-120])
# Trailing zeros of 500! = 124
s = str(f500)
print(len(s) - len(s.rstrip('0')))
print(fact(500) // fact(498) == 500 * 499)
