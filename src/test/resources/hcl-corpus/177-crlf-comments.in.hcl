# top
a = 1 # one
bbbb = 2 // two
/* block
   comment */
