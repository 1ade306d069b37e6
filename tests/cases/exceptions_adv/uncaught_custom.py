class ConfigError(Exception):
    def __init__(self, key):
        super().__init__('missing key: ' + key)
        self.key = key
print('loading')
raise ConfigError('port')
