outer {
      inner { a = 1 }
  inner2 {}
}
