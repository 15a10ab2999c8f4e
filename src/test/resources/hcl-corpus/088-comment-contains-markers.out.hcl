# a = 1 // not code /* nor this */
/* # hash inside
   // slashes inside */
x = "# not a comment // nor this"
