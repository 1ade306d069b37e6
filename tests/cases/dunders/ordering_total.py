class Card:
    ranks = '23456789TJQKA'
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return Card.ranks.index(self.r) < Card.ranks.index(o.r)
    def __eq__(self, o):
        return self.r == o.r
    def __hash__(self):
        return hash(self.r)
    def __repr__(self):
        return self.r
hand = [Card(c) for c in 'KT2AJ']
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
print(Card('A') > Card('K'), Card('2') > Card('3'), len({Card('A'), Card('A')}))
try:
    Card('A') <= Card('K')
except TypeError as e:
    print(e)
