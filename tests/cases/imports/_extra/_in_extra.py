where = "extra"
