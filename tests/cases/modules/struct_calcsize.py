import struct

for fmt in ["<i", ">q", "!bhb", "=d", "<3s", "<2x", "<5p", "<e", "<?", "bhi", "ihb", "bq", "hd", "<bq"]:
    print(fmt, struct.calcsize(fmt))
