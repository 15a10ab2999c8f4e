a = 1
bbbbbbbb = 2
blk {
x = 1
yy = 2
}
