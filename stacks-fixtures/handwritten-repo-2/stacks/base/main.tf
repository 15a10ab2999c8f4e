resource "proxmox_vm_qemu" "k8s" {
  count = 3
  name  = "k8s-${count.index}"
  tags  = local.tiers.core
}
