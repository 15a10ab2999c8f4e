a=[for s in x:s if s!=""]
b={for k,v in m:k=>v}
c={for k,v in m:k=>v...}
