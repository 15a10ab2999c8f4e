short            = a + b
much_longer_name = a * b
x                = !c
