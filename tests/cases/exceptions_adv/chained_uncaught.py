def load(d):
    try:
        return d['x']
    except KeyError as e:
        raise LookupError('no x in config') from e
print('start')
load({})
