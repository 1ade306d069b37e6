# Mersenne primes by Lucas-Lehmer: 2**p - 1 is prime for these p.
def is_mersenne_prime(p):
    m = (1 << p) - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0

print([p for p in [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 61, 67, 89, 107, 127, 131] if is_mersenne_prime(p)])
