a      = null
longer = null
x      = "not null"
