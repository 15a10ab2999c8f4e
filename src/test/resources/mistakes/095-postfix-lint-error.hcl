# Mistake: an overlay line Postfix would refuse.
# expect: stackgen.hcl:17:5: postfix overlay: [map-type-unavailable] `lmdb:` in `postscreen_cache_map` is not a map type of dms-15 (postconf -m: btree cidr environ fail hash inline internal ldap memcache nis pcre pipemap proxy randmap regexp socketmap static tcp texthash unionmap unix); for a shared postscreen cache use `proxy:btree:$data_directory/postscreen_cache`, or leave it empty to disable the cache (stackgen postfix lint lists every finding)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  postfix_overlay "postfix_cf" {
    file = "variables.tf"
    smtpd_tls_security_level = "encrypt"
    postscreen_cache_map = "lmdb:$data_directory/postscreen_cache"  # <- mistake
  }
}
