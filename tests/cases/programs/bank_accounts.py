class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("needed " + str(needed) + ", available " + str(available))
        self.needed = needed
        self.available = available


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def kind(self):
        return "account"

    def __str__(self):
        return f"{self.kind()} #{self.number} ({self.owner}): {self.balance}"


class Savings(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)

    def kind(self):
        return "savings"


class Checking(Account):
    fee = 5

    def __init__(self, owner, balance=0, overdraft=50):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(amount, self.balance + self.overdraft)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        self.balance -= Checking.fee
        self.history.append(("fee", Checking.fee))

    def kind(self):
        return "checking"


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


bank = [Savings("ann", 1000, 3), Checking("bob", 100), Account("cy")]
for acct in bank:
    print(acct)

transfer(bank[0], bank[1], 250)
print("after transfer")
for acct in bank:
    print(acct)

try:
    transfer(bank[2], bank[0], 10)
except InsufficientFunds as e:
    print("transfer failed:", e, e.needed, e.available)

try:
    bank[1].withdraw(420)
    print("overdraft ok:", bank[1].balance)
    bank[1].withdraw(100)
except InsufficientFunds as e:
    print("second withdraw failed:", e)

try:
    bank[2].deposit(-3)
except ValueError as e:
    print("bad deposit:", e)

for acct in bank:
    acct.month_end()
    print(acct)

for acct in bank:
    print(acct.owner, acct.history)

total = 0
for acct in bank:
    total += acct.balance
print("total", total)
print(isinstance(bank[0], Account), isinstance(bank[0], Checking))
