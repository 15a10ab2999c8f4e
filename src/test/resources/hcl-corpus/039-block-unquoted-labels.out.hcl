block label1 label2 {
  a = 1
}
other foo "bar" {
  b = 2
}
