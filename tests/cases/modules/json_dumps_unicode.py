import json

s = "caf\u00e9 \u2603 \U0001F600"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"cl\u00e9": "v\u00e4l"}))
print(json.dumps({"cl\u00e9": "v\u00e4l"}, ensure_ascii=False))
