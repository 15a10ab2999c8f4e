o = { # open
a = 1 # inner
} # close
longer = 2 # after
