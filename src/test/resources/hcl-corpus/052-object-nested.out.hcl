config = {
  server = {
    host = "localhost"
    port = 8080
    tls = {
      enabled   = true
      cert_path = "/etc/tls"
    }
  }
  retries = 3
}
