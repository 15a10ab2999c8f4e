tier = (
var.env == "prod" ? "gold" :
var.env == "staging" ? "silver" :
"bronze"
)
