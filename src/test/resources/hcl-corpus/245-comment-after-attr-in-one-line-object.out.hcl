o           = { a = 1 } # comment
longer_name = { b = 2 } # another
