# Machin's formula with big fixed-point ints.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10

p = pi_digits(300)
s = str(p)
print(s[0] + "." + s[1:])
print(len(s))
