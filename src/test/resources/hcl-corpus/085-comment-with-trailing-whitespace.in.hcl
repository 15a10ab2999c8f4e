# comment with trailing spaces   
main {
  // indented comment	
  x = 1
}
