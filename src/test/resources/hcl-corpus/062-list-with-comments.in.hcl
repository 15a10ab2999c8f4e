ports = [
# http
80,
443, # https
// alt
8080, /* proxy */
]
