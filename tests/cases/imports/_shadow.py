where = "case folder"
