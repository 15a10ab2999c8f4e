#comment
//comment
/*comment*/
a = 1 #c
