a = ""
bb = ""
c = "" # empty
