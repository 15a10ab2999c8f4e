id   = module.vpc.outputs.subnet_ids[0].id
name = data.aws_caller_identity.current.account_id
x    = local.config.server.tls.enabled
