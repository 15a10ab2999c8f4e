# Repo-wide, non-secret settings. Every stack gets these as inputs through the
# root terragrunt.hcl; secrets live in Vault, never here.

domain          = "lab.example.net"
tls_secret_name = "tls-wildcard-lab-example-net"
nfs_server      = "10.0.10.15"

# Names published through the Cloudflare tunnel (homepage and the blackbox
# probes read this list too).
public_names = [
  "cloud",
  "photos",
  "recipes",
  "status",
  "www",
]
