a = [ "x" ]
b = { k = "v" }
c = f( 1 )
d = var.m[ "k" ]
