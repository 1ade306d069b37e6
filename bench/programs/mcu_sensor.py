# An MCU-shaped workload: samples from a fake ADC go into a fixed-size ring buffer, then a
# fixed-point (Q15) IIR low-pass, a moving average over the ring, and threshold events.
N = 500000  # size; tiny: 1000

RING = 32
ALPHA_Q15 = 6554  # 0.2 in Q15


class Ring:
    def __init__(self, size):
        self.buf = [0] * size
        self.size = size
        self.head = 0
        self.count = 0
        self.total = 0

    def push(self, v):
        old = self.buf[self.head]
        self.buf[self.head] = v
        self.head = (self.head + 1) % self.size
        if self.count < self.size:
            self.count += 1
        else:
            self.total -= old
        self.total += v

    def mean(self):
        return self.total // self.count


def adc(state):
    # A 12-bit "sensor" reading: a slow triangle wave plus pseudo-random noise.
    state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
    return state, state >> 24


def run(n):
    ring = Ring(RING)
    seed = 12345
    lp = 0  # filter state in Q15
    events = 0
    above = False
    acc = 0
    for i in range(n):
        seed, noise = adc(seed)
        tri = i % 2048
        if tri > 1024:
            tri = 2048 - tri
        sample = (tri * 3 + noise) & 0xFFF
        ring.push(sample)
        # lp += alpha * (x - lp), all in Q15 with rounding
        lp += (ALPHA_Q15 * ((sample << 15) - lp) + (1 << 14)) >> 15
        filt = lp >> 15
        avg = ring.mean()
        if not above and filt > 2200:
            above = True
            events += 1
        elif above and filt < 1800:
            above = False
        acc = (acc + filt + avg) & 0xFFFFFFF
    return acc, events


print("mcu_sensor", run(N))
