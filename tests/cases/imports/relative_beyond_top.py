try:
    import _rel.inner.too_far
except ImportError as e:
    print(e)
