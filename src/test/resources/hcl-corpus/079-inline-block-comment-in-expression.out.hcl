a = /* inline */ 1
b = [1, /* two */ 2, 3]
c = foo(/* arg */ "x")
