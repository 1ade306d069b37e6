import json

print(json.loads("null"), json.loads("true"), json.loads("false"), json.loads("0"), json.loads("-12"))
print(json.loads("1.5"), json.loads("1e3"), json.loads("-2.5E-2"), json.loads("1E+2"), json.loads("-0"))
print(json.loads('"text"'), json.loads('"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"'))
print(json.loads('"\\u00e9\\u2603"'), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads("[1, 2, [3, [4]], {}]"), json.loads('{"a": {"b": [null]}, "c": 1}'))
print(json.loads(' \n\t [ 1 , 2 ] \r\n'), json.loads("{}"), json.loads("[]"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"k": 1, "k": 2}'), json.loads(b'[1, "b"]'))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("123456789012")).__name__)
