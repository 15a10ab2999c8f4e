# RabbitMQ; nothing to configure.
module "queue" {
  source  = "./modules/rabbitmq"
  version = "3.13"
}
