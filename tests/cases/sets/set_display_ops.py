s = {1, 2, 3}
s2 = s
s = s | {4}
print(sorted(s), sorted(s2), s is s2)
fs = frozenset('abc')
print(sorted(fs & set('bcd')), type(fs & set('bcd')).__name__, type(set('bcd') & fs).__name__, type(fs - fs).__name__)
print({1, 2} == {1, 2, 3} - {3}, {1} in [{1}], [{1}] == [{1}], ({1},) == ({1},))
print(sorted({x % 4 for x in range(100)}), len({str(x) for x in range(20)}), {()} == {()})
