a = "100% done"
b = "$HOME and $PATH"
c = "%s formatted"
