o = {
a = 1
/* inline block */
bb = 2
// line
ccc = 3
}
