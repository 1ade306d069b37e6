DIGITS = "0123456789"
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
OPERATORS = "+-*/()=<>"


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.pos})"


class TokenizeError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
            continue
        start = i
        if c in DIGITS:
            while i < n and src[i] in DIGITS:
                i += 1
            if i < n and src[i] == ".":
                i += 1
                while i < n and src[i] in DIGITS:
                    i += 1
                tokens.append(Token("FLOAT", src[start:i], start))
            else:
                tokens.append(Token("INT", src[start:i], start))
        elif c in LETTERS:
            while i < n and (src[i] in LETTERS or src[i] in DIGITS):
                i += 1
            word = src[start:i]
            if word == "if" or word == "while" or word == "def":
                tokens.append(Token("KEYWORD", word, start))
            else:
                tokens.append(Token("NAME", word, start))
        elif c == '"':
            i += 1
            while i < n and src[i] != '"':
                i += 1
            if i >= n:
                raise TokenizeError("unterminated string at " + str(start))
            i += 1
            tokens.append(Token("STRING", src[start + 1:i - 1], start))
        elif c in OPERATORS:
            if i + 1 < n and src[i + 1] == "=" and c in "=<>":
                i += 2
            else:
                i += 1
            tokens.append(Token("OP", src[start:i], start))
        else:
            raise TokenizeError("unexpected character " + repr(c) + " at " + str(i))
    return tokens


lines = [
    "x = 42",
    "if count >= 10 (total + 3.25)",
    'name = "frost py" + suffix_2',
    "def f(a) a*b - 7/2",
    "bad $ char",
    'open "string',
]
for line in lines:
    print("source:", line)
    try:
        toks = tokenize(line)
        print(toks)
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print(kinds)
    except TokenizeError as e:
        print("error:", e)
