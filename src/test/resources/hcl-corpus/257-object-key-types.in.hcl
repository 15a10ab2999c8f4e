o = {
plain = 1
"quoted" = 2
(local.k) = 3
"with spaces" = 4
}
