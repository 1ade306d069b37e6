try:
    [][1]
except IndexError:
    print('handling')
    {}['missing']
