print(sum([1, 2, 3]))
print(sum([]))
print(sum((1.5, 2.5)))
print(sum(range(101)))
print(sum([1, 2], 10))
print(sum([0.5, 1]))
nums = [3, -1, 4, -1, 5]
print(sum(nums) / len(nums))
