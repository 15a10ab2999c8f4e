settings {
for = 1
if = 2
in = "x"
null_value = null
true_thing = true
}
