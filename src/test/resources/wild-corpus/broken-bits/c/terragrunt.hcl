locals {
  x = 
