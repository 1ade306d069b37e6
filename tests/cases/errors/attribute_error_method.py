class Device:
    def start(self):
        print("starting")
        self.shutdown_sequence()

d = Device()
d.start()
