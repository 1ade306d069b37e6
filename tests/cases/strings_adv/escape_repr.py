samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'nl\ncr\rtab\t', '\x00\x1f\x7f', 'é ñ 中', '\u200b', '😀']
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(repr('x')), str(repr('a\nb')))
