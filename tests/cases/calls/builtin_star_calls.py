nums = [5, 3, 8]
print(max(*nums), min(*nums))
print(*nums)
print(*nums, sep=", ")
print(*[], "only")
print(range(*[2, 10, 3]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(dict(**{"a": 1}, b=2))
opts = {"sep": "|", "end": "!\n"}
print("a", "b", **opts)
