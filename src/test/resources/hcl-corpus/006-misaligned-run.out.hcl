a           = 1
longer_name = 2
b           = "three"
middle_one  = true
