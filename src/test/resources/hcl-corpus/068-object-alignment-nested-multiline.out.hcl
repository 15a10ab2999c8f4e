values = {
  short = 1
  multi = {
    x          = 1
    longer_key = 2
  }
  after        = 3
  after_longer = 4
}
