def search(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                break
        finally:
            pass
    else:
        return "not found"
    return "found at " + str(i)

print(search([1, 2, 3], 2))
print(search([1, 2, 3], 9))
