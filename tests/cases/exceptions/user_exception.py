class AppError(Exception):
    pass

class ConfigError(AppError):
    pass

def load(name):
    if name == "":
        raise ConfigError("empty name")
    if name == "bad":
        raise AppError("bad name", 42)
    return "loaded " + name

for n in ["ok", "", "bad"]:
    try:
        print(load(n))
    except ConfigError as e:
        print("config error:", e)
    except AppError as e:
        print("app error:", e, e.args)
print(isinstance(ConfigError("x"), AppError))
print(isinstance(ConfigError("x"), Exception))
