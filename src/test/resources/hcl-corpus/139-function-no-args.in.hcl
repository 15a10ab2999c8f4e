now = timestamp()
id = uuid( )
