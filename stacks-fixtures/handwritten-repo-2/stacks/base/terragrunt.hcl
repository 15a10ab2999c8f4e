# base: the hypervisor VMs everything else runs on.

include "root" {
  path = find_in_parent_folders()
}
