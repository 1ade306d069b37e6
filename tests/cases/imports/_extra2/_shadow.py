where = "extra2"
