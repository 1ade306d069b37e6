# Float math: escape-time Mandelbrot set, N rows of a 120 x 120 grid (rows wrap around).
N = 1000  # size; tiny: 2


def mandel(rows, size, limit):
    total = 0
    for y in range(rows):
        ci = 2.0 * (y % size) / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            k = 0
            while k < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                k += 1
            total += k
    return total


print("mandelbrot", mandel(N, 120, 50))
