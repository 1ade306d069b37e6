class Queue:
    def __init__(self):
        self.items = []

    def put(self, v):
        self.items.append(v)

    def get(self):
        return self.items.pop(0)

    def size(self):
        return len(self.items)


q = Queue()
served = []
clock = 0
arrivals = {0: ["a", "b"], 1: ["c"], 3: ["d", "e", "f"], 4: ["g"]}
while clock < 8:
    if clock in arrivals:
        for who in arrivals[clock]:
            q.put(who)
    if q.size() > 0:
        who = q.get()
        served.append((clock, who))
    print(f"t={clock} waiting={q.size()}")
    clock += 1
print(served)
