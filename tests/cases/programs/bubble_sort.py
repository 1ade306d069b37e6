def bubble_sort(a):
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
        print("pass", i, a)
    return swaps


data = [5, 1, 4, 2, 8, 0, 3]
print(bubble_sort(data))
print(data)
words = ["delta", "alpha", "charlie", "bravo"]
bubble_sort(words)
print(words)
print(bubble_sort([1, 2, 3]))
