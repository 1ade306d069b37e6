# A pystone-style mixed workload: records with fields, procedures passing them around, globals,
# string comparisons and small-integer arithmetic, all in one loop (written for this suite).
N = 260000  # size; tiny: 400

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, link=None, discr=0, enum=0, num=0, text=""):
        self.link = link
        self.discr = discr
        self.enum = enum
        self.num = num
        self.text = text

    def copy(self):
        return Record(self.link, self.discr, self.enum, self.num, self.text)


glob_int = 0
glob_bool = False
glob_char1 = "A"
glob_char2 = "B"
glob_array1 = [0] * 51
glob_array2 = [[0] * 51 for _ in range(51)]
glob_rec = None


def proc_record(rec):
    nxt = rec.link
    nxt.num = rec.num = 5
    nxt.link = rec.link
    nxt.num = proc_int(nxt.num)
    if nxt.discr == IDENT_1:
        nxt.num = 6
        nxt.enum = proc_enum(rec.enum)
        nxt.link = glob_rec.link
        nxt.num = add_small(nxt.num, 10)
    else:
        rec.link = nxt.copy()
    return rec


def proc_int(x):
    y = x + 10
    while True:
        if glob_char1 == "A":
            y -= 1
            x = y - glob_int
            return x


def proc_enum(e):
    if e == IDENT_3:
        return IDENT_2
    if e == IDENT_1:
        return IDENT_1
    if e == IDENT_2:
        return IDENT_1 if glob_int > 100 else IDENT_4
    return IDENT_3


def add_small(a, b):
    return a + b


def fill_arrays(a1, a2, i1, i2):
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        a2[loc][idx] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    return 5


def compare_chars(c1, c2):
    return IDENT_1 if c1 != c2 else IDENT_2


def compare_strings(s1, s2):
    k = 1
    while k < 2:
        if compare_chars(s1[k], s2[k + 1]) == IDENT_1:
            k += 3
    return s1 > s2


def work(loops):
    global glob_int, glob_bool, glob_char1, glob_char2, glob_rec
    glob_rec = Record(Record(), IDENT_1, IDENT_3, 40, "FROSTPY, SOME STRING")
    s1 = "FROSTPY, 1'ST STRING"
    acc = 0
    for i in range(loops):
        glob_char1 = "A"
        glob_bool = True
        glob_char2 = "B"
        a = 2
        b = 3
        s2 = "FROSTPY, 2'ND STRING"
        e = IDENT_2
        glob_bool = not compare_strings(s1, s2)
        c = 0
        while a < b:
            c = 5 * a - b
            c = add_small(a, c)
            a += 1
        fill_arrays(glob_array1, glob_array2, a, c)
        glob_rec = proc_record(glob_rec)
        ch = "A"
        while ch <= glob_char2:
            if e == compare_chars(ch, "C"):
                e = proc_enum(IDENT_1)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        c = 7 * (c - b) - a
        glob_int = (glob_int + a + b + c + glob_rec.num) % 1000
        acc = (acc + glob_int + e + int(glob_bool)) % 1000000007
    return acc + glob_array1[8] + glob_array2[8][7]


print("pystone", work(N))
