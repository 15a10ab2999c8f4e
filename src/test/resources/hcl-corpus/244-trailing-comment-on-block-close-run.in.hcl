x {
} # one
yy {
} # two
