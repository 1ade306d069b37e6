import random

random.seed(99)
items = list(range(20))
random.shuffle(items)
print(sorted(items) == list(range(20)), len(items))
print(random.choice("a") == "a", random.choice([5]) == 5, random.choice(range(3)) in (0, 1, 2))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all([0 <= x < 100 for x in s]))
print(sorted(random.sample("abc", 3)), random.sample([1, 2], 0))
c = random.choices(["x", "y"], k=10)
print(len(c), set(c).issubset({"x", "y"}))
w = random.choices(["never", "always"], weights=[0, 1], k=5)
print(w)
print(random.choices([1, 2, 3], cum_weights=[0, 0, 1], k=3))
g = [random.gauss(0, 1) for _ in range(200)]
print(-1.0 < sum(g) / len(g) < 1.0)
