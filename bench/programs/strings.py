# Strings: building with join and +=, slicing, and common methods (split, replace, find, upper, strip, format).
N = 80000  # size; tiny: 100

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def checksum(s, acc):
    # A cheap order-dependent digest of a string's characters.
    for ch in s[:16]:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return (acc + len(s)) % 1000000007


def work(n):
    acc = 0
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        line = " ".join([w, str(i), w.upper(), "%d:%s" % (i, w)])
        parts = line.split(" ")
        s = "-".join(parts[::-1])
        s = s.replace("-", "+").strip("+")
        if s.find(w.upper()) >= 0 and s.startswith(str(i)):
            acc += 1
        t = ""
        for p in parts:
            t += p[:3]
        acc = checksum(t + s.lower() + "{}|{}".format(w, i), acc)
        acc = (acc + s.count("a") + len(w.lower().replace("a", "aa"))) % 1000000007
    return acc


print("strings", work(N))
