a  =
bb = 2
