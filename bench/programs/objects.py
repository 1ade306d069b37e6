# Objects: instance attribute reads and writes, method calls, inheritance and super().
N = 400000  # size; tiny: 600


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    count = 0

    def __init__(self, x, y):
        self.pos = Vec(x, y)
        self.vel = Vec(1, -1)
        Particle.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 100:
            self.vel.x = -self.vel.x
        if self.pos.y < -100:
            self.vel.y = -self.vel.y
        return self.pos.dot(self.vel)


class Heavy(Particle):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass

    def step(self):
        return Particle.step(self) * self.mass


def work(n):
    ps = [Particle(i, -i) for i in range(8)] + [Heavy(i, i, 3) for i in range(4)]
    acc = 0
    for _ in range(n // len(ps)):
        for p in ps:
            acc = (acc + p.step()) % 1000000007
    return acc + Particle.count


print("objects", work(N))
