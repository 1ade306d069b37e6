class Both:
    def __bool__(self):
        print('bool called')
        return False
    def __len__(self):
        print('len called')
        return 5
b = Both()
print(bool(b), 'T' if b else 'F', len(b))
x = Both() or 'fallback'
print(x)
print(not Both(), [i for i in [Both(), 0, 1] if i])
