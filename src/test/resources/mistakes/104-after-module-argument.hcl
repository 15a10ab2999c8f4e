# Mistake: a module argument written inside after_module, which holds blocks only.
# expect: stackgen.hcl:20:7: unknown attribute "memory" in after_module block; it takes blocks only

root {
  tiers = {
    core = "0-core"
  }
}

stack "cache" {
  tier = "core"

  module "cache" {
    source = "./modules/redis"

    after_module {
      output "endpoint" {
        value = module.cache.endpoint
      }
      memory = "1Gi" # <- mistake
    }
  }
}
