locals {   }
locals {
   
}
