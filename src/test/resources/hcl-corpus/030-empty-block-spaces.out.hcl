locals {}
locals {

}
