policy = <<POLICY
{"Version": "2012-10-17"}
POLICY
other  = <<-END_OF_TEXT
    text
    END_OF_TEXT
