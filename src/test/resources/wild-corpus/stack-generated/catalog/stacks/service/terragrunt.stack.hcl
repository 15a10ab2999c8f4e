unit "api" {
  source = "../../units/api"
  path   = "api"
  values = {
    name    = "${values.name}-api"
    version = values.version
  }
}

unit "queue" {
  source = "../../units/queue"
  path   = "queue"
  values = {
    name    = "${values.name}-queue"
    version = values.version
  }
}
