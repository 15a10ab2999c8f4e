a = 1    # x
blk {    # y
  b = 22 # z
}        # w
ccc = 3  # v
