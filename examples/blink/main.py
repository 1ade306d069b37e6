# A blink-style program: a loop, a function, a list and string formatting.
# On a board with a LED this would toggle a pin; here it prints the state.

PATTERN = [1, 0, 1, 1, 0, 0, 1, 0]


def led_state(on):
    return "ON " if on else "off"


def blink(times, pattern):
    history = []
    for i in range(times):
        on = pattern[i % len(pattern)]
        history.append(on)
        print(f"tick {i:2d}: LED {led_state(on)}")
    return history


def summary(history):
    ons = sum(history)
    ratio = ons * 100 // len(history)
    return "{} ticks, {} on ({}%)".format(len(history), ons, ratio)


h = blink(16, PATTERN)
print(summary(h))
lengths = [len(led_state(x)) for x in h]
print("max label width:", max(lengths))
assert sum(h) == 8
print("done")
