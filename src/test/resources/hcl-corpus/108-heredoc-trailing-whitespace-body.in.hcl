x = <<EOT
line with trailing spaces   
	tabbed line	

EOT
