locals { environment = "canary" }
