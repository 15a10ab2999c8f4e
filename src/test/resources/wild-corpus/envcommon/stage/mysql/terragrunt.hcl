include "root" {
  path = find_in_parent_folders()
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders())}/_envcommon/mysql.hcl"
  expose = true
}

inputs = {
  instance_class = "db.t3.micro"
}
