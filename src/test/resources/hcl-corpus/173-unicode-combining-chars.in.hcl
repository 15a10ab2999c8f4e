a = "é" # combining
bbb = "x" # plain
