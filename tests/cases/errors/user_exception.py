class ProtocolError(Exception):
    pass

def handshake(step):
    print("step", step)
    if step == 3:
        raise ProtocolError("unexpected reply at step " + str(step))

for i in range(5):
    handshake(i)
