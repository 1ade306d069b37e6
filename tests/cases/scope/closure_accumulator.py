def make_acc(start):
    total = start
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(v)
        return total
    def report():
        return history
    return add, report

add, report = make_acc(100)
print(add(5))
print(add(-20))
print(report())
