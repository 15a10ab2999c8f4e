a = [
  1,
]      # after list
bb = 2 # two
c  = 3 # three
