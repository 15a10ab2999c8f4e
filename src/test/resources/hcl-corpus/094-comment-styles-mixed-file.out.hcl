// Header comment
/* License:
   MPL-2.0 */
# Section: networking
vpc_cidr = "10.0.0.0/16" // main range
