short = 1
medium_name = [
"a",
"b",
]
long_attribute_name = 3
x = 4
