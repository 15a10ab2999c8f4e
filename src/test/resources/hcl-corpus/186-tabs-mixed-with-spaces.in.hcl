locals {
	  a = 1
  	bb = 2
			ccc = [
	1,
  	2,
	]
}
