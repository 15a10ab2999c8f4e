url = "https://example.com/#anchor"
path = "//server/share"
glob = "/* not a comment */"
