a = f(x...)
b = f(x...)
c = { for k, v in m : v => k... }
