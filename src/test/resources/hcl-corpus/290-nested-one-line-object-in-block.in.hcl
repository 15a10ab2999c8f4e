module "m" {
tags = { a = 1 }
longer_name = { b = { c = 2 } }
x = {}
}
