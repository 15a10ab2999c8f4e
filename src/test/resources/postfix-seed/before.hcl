root {
  tiers = { edge = "3-edge" }
}

# docker-mailserver 15.0.0 with a Postfix overlay.
stack "mailserver" {
  tier = "edge"

  postfix_overlay "postfix_cf" {
    file    = "modules/mailserver/variables.tf"
    profile = "dms-15"

    # 50 MiB.
    message_size_limit      = 52428800
    smtpd_tls_auth_only     = "yes"
    postscreen_dnsbl_action = "ignore"
  }
}
