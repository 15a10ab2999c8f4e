x = replace(
  replace(
    var.input,
    "a",
    "b"
  ),
  "c",
  "d"
)
