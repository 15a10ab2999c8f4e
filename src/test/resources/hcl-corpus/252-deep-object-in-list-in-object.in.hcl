cfg = {
servers = [
{
name = "a"
ports = [80, 443]
},
]
enabled = true
}
