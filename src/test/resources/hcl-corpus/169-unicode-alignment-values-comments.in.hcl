a = "é" # accent
bb = "日本" # cjk
ccc = "🚀🚀" # emoji
d = "x" # ascii
