size  = var.env == "prod" ? "large" : "small"
count = var.enabled ? 1 : 0
