resource 42 {
a=1
}
