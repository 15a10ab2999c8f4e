a   = 1 # hash
bb  = 2 // slashes
ccc = 3 /* block */
