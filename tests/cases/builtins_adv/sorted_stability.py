people = [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 25), ('eve', 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(two_pass)
nums = [3, -1, 2, -3, 1, -2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: (n < 0, n)))
l = list('bca')
r = l.sort()
print(r, l, sorted('bca', key=str.upper))
