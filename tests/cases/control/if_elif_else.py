def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
x = 7
if x > 5:
    print("x > 5")
if x > 10:
    print("x > 10")
else:
    print("x <= 10")
