print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', '' < 'a', 'a' == 'a', 'a' != 'b', 'Z' > 'A')
print(sorted(['banana', 'Apple', 'cherry', 'apple']), sorted(['b', 'a'], reverse=True), max(['x', 'yy', 'z']))
print('ell' in 'hello', '' in 'abc', 'xyz' not in 'abc', 'a' in ['a'], 'a' == 'a' * 1)
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, 'a' + 'b')
try:
    1 in 'abc'
except TypeError as e:
    print(e)
try:
    'a' < 1
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
print('abc'.__len__(), 'abc'.__contains__('b'))
