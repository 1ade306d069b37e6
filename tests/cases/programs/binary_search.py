def bsearch(a, target):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


a = []
for i in range(0, 200, 3):
    a.append(i)
for t in [0, 3, 99, 198, 100, -5, 500]:
    print(t, bsearch(a, t))
