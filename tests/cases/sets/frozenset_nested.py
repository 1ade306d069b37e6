graph = {frozenset({'a', 'b'}), frozenset({'b', 'c'}), frozenset({'a', 'b'})}
print(len(graph), frozenset({'b', 'a'}) in graph)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, sorted([sorted(x) for x in nested]))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), frozenset() == set(), frozenset([1]) < frozenset([1, 2]))
print(set([frozenset()]) == {frozenset()}, hash(frozenset()) == hash(frozenset([])))
