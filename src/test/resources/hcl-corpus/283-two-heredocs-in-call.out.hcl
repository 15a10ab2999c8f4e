x = format(<<A
first %s
A
  , <<B
second
B
)
y = 1
