a  = ""
bb = ""
c  = "" # empty
