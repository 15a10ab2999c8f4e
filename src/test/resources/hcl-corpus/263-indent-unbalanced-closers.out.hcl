x = merge({
  a = 1
  }, {
  b = 2
})
y = [{
  c = 3
}]
z = f(g(h(
  1
)))
