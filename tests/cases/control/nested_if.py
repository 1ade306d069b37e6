for a in [True, False]:
    for b in [True, False]:
        if a:
            if b:
                print("both")
            else:
                print("only a")
        else:
            if b:
                print("only b")
            else:
                print("neither")
