# home-assistant: runs with hostNetwork for mDNS discovery, pinned to the node
# with the Zigbee stick.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

/*
  MQTT used to live in its own stack (mosquitto); it was folded into this one
  in 2025. The dependency below is kept commented until the old state is gone.

dependency "mosquitto" {
  config_path  = "../mosquitto"
  skip_outputs = true
}
*/

inputs = {
  node_name     = "k8s-worker-3"
  zigbee_device = "/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0"

  trusted_proxies = ["10.244.0.0/16"]
}
