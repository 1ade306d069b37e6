class Sensor:
    def __init__(self):
        self.reading = 21

s = Sensor()
print(s.reading)
print(s.calibration_offset)
