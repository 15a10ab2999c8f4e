dependencies {
paths = ["../vpc", "../rds",
"../iam"]
}
