# first comment
# second comment
#third without space
