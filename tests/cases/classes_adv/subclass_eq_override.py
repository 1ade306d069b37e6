class CIStr(str):
    def __eq__(self, o):
        return self.lower() == str(o).lower()
    def __hash__(self):
        return hash(self.lower())
a = CIStr('Hello')
print(a == 'hello', 'hello' == a, a != 'HELLO', a == 'x', {a: 1}.get(CIStr('HELLO')), a.upper(), len(a))
class Vec(list):
    def __eq__(self, o):
        return len(self) == len(o)
print(Vec([1, 2]) == [3, 4], [3, 4] == Vec([1, 2]), Vec([1]) == [1, 2], Vec([1]) != [5])
class Cfg(dict):
    pass
print(Cfg(a=1) == {'a': 1}, {'a': 1} == Cfg(a=1), Cfg() == {}, Cfg(a=1) != Cfg(a=2))
