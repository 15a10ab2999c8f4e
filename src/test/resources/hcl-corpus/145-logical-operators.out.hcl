both    = a && b
either  = a || b
complex = a && b || !c && (d || e)
