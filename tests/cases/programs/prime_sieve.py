def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            m = p * p
            while m <= limit:
                is_prime[m] = False
                m += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes


small = sieve(50)
print(small)
print(len(small))
big = sieve(10000)
print(len(big), big[-1], sum(big))
twins = []
for i in range(len(big) - 1):
    if big[i + 1] - big[i] == 2:
        twins.append((big[i], big[i + 1]))
print(len(twins), twins[0], twins[-1])
