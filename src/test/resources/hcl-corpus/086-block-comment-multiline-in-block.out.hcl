locals {
  a = 1
  /*
   misaligned
       block comment
   */
  b = 2
}
