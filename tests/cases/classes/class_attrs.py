class Config:
    version = 3
    name = "default"

    def describe(self):
        return self.name + " v" + str(self.version)

a = Config()
b = Config()
print(a.version, Config.version)
a.name = "custom"
print(a.describe())
print(b.describe())
Config.version = 4
print(a.describe(), b.describe())
print(Config.name)
