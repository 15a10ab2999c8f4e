# paperless-ngx: scanned documents. The scanner drops PDFs into the consume
# share over SMB.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

dependency "redis" {
  config_path  = "../redis"
  skip_outputs = true
}

inputs = {
  ocr_language = "deu+eng"
  consume_path = "/volume1/scans"
}
