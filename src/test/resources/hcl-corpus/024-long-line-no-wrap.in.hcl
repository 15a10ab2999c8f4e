description = "This is a very long description that goes well past eighty columns and hclwrite must never wrap it because it does not wrap lines"
list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
