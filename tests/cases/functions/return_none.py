def no_return():
    x = 1

def bare_return():
    return

def early(n):
    if n > 0:
        return "positive"
    print("fell through")

print(no_return())
print(bare_return())
print(early(5))
print(early(-5))
