output "a" {
  value = module.x.a
}
output "secret" {
  value       = var.token
  sensitive   = true
  description = "token"
}
output "list" {
  value = [for i in aws_instance.web : i.id]
}
