dependency "a" {}
