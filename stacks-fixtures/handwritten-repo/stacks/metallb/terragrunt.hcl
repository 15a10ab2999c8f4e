# metallb: L2 announcements for LoadBalancer services on the server VLAN.

include "root" {
  path = find_in_parent_folders()
}

# Without a CNI the speaker pods never become ready.
dependency "calico" {
  config_path  = "../calico"
  skip_outputs = true
}

inputs = {
  address_pools = {
    default = ["10.0.20.100-10.0.20.149"]

    # Fixed addresses that other things point at (DNS, port forwards).
    pinned = ["10.0.20.200-10.0.20.209"]
  }
}
