print("_counter body runs")
count = 0
