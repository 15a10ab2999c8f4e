labels = {
"日本" = 1
"é" = 2
"abc" = 3
}
