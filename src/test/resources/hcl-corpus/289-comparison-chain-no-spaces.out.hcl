a = x < y && y >= z || !w
b = a == b != c
