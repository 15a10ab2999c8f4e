variable "a" {} # a
variable "long_name" {} # b
