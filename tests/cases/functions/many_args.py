def six(a, b, c, d, e, f):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f

print(six(1, 1, 1, 1, 1, 1))
print(six(1, 2, 3, 4, 5, 6))
print(six(f=1, e=0, d=0, c=0, b=0, a=0))

def none_args():
    return "no args"

print(none_args())
