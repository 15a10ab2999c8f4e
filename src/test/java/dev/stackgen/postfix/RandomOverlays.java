package dev.stackgen.postfix;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/** A seeded generator of main.cf overlays mixing every construct postconf treats specially. */
final class RandomOverlays {

  static final List<Long> SEEDS = LongStream.rangeClosed(1, 300).boxed().toList();

  private static final String[] NAMES = {
      "message_size_limit", "smtpd_tls_auth_only", "relayhost", "mynetworks", "smtpd_banner", "postscreen_cache_map",
      "smtpd_recipient_restrictions", "proxy_write_maps", "smtpd_tls_cert_file", "my_checks", "my_other", "my_unused",
      "smtpd_sasl_auth_only", "process_name", "virtual_maps", "relay_destination_concurrency_limit",
      "smtpd_restriction_classes", "smtpd_reject_footer", "compatibility_level", "mydestination", "header_checks",
      "delay_warning_time", "smtp_tls_security_level", "dms_smtpd_sender_restrictions", "inet_protocols",
      "my_ldap_server_host", "my_sql_dbname", "virtual_alias_maps", "my_local", "relay20_destination_concurrency_limit",
  };
  private static final String[] WORDS = {
      "yes", "no", "10240000", "permit_mynetworks,", "reject", "$my_checks", "${my_other}", "$(myhostname)",
      "${my_checks?{x}}", "${my_unset:fallback}", "$undefined_thing", "hash:/etc/postfix/x", "lmdb:/var/x",
      "proxy:btree:$data_directory/postscreen_cache", "#", "# note", "$$literal", "[smtp.example.com]:587",
      "my_checks", "10.0.0.0/8", "btree:$data_directory/ps", "$mail_name", "$virtual_maps",
      "ldap:my_ldap", "proxy:mysql:my_sql", "inline:{ldap:my_ldap}", "${x?}", "${my_checks:{a b}}",
  };
  private static final String[] SPACE = {" ", "  ", "\t", " \t "};

  private RandomOverlays() {}

  static String generate(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(8);
    for (int i = 0; i < lines; i++) {
      int kind = r.nextInt(20);
      if (kind == 0) {
        sb.append("# comment ").append(i).append('\n');
        continue;
      }
      if (kind == 1) {
        sb.append(r.nextBoolean() ? "\n" : " \t\n");
        continue;
      }
      if (kind == 3 && r.nextInt(3) == 0) {
        sb.append(pick(r, NAMES)).append(" = cost $").append(r.nextBoolean() ? " 5" : "{oops").append('\n');
        continue;
      }
      if (kind == 2 && r.nextInt(4) == 0) {
        sb.append(pick(r, NAMES)).append(' ').append(pick(r, WORDS)).append('\n');
        continue;
      }
      sb.append(pick(r, NAMES));
      sb.append(r.nextBoolean() ? " " : r.nextBoolean() ? "" : pick(r, SPACE)).append('=');
      int words = r.nextInt(4);
      for (int w = 0; w < words; w++) {
        sb.append(pick(r, SPACE)).append(pick(r, WORDS));
      }
      if (r.nextInt(5) == 0) {
        sb.append(pick(r, SPACE));
      }
      sb.append('\n');
      int continuations = r.nextInt(6) == 0 ? 1 + r.nextInt(3) : 0;
      for (int c = 0; c < continuations; c++) {
        if (r.nextInt(4) == 0) {
          sb.append(r.nextBoolean() ? "  # inside\n" : "\n");
        }
        sb.append(pick(r, SPACE)).append(pick(r, WORDS)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Services to append to the image's master.cf: delivery transports and smtpd with -o settings. */
  static String masterServices(long seed) {
    Random r = new Random(seed * 31 + 7);
    String[] names = {"relay2", "my_other", "zzsmtp", "submission2"};
    String[] commands = {"smtp", "pipe", "smtpd", "lmtp", "spawn", "postscreen"};
    String[] options = {"smtpd_client_restrictions=$my_checks", "my_local=1", "smtpd_sender_restrictions=$my_local",
        "my_other=x", "syslog_name=$my_unset", "smtpd_relay_restrictions=$my_unused", "smtpd_milters=ldap:my_ldap",
        "smtpd_helo_restrictions=$relay2_destination_concurrency_limit"};
    StringBuilder sb = new StringBuilder();
    int services = 1 + r.nextInt(3);
    for (int i = 0; i < services; i++) {
      sb.append(pick(r, names)).append(i).append(" unix - - n - - ").append(pick(r, commands)).append('\n');
      int n = r.nextInt(3);
      for (int j = 0; j < n; j++) {
        sb.append("  -o ").append(pick(r, options)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Variables with the values worth trying (defaults, switches, values that change a parameter). */
  private static final String[][] ENV = {
      {"ENABLE_POLICYD_SPF", "0", "1"}, {"ENABLE_OPENDKIM", "0", "1"}, {"ENABLE_OPENDMARC", "0", "1"},
      {"ENABLE_RSPAMD", "0", "1"}, {"ENABLE_POSTGREY", "0", "1"}, {"ENABLE_DNSBL", "0", "1"},
      {"ENABLE_AMAVIS", "0", "1"}, {"ENABLE_SRS", "0", "1"}, {"ENABLE_SASLAUTHD", "0", "1"}, {"SMTP_ONLY", "0", "1"},
      {"SPOOF_PROTECTION", "0", "1"}, {"POSTSCREEN_ACTION", "enforce", "drop", "ignore"},
      {"PERMIT_DOCKER", "none", "network", "container"}, {"POSTFIX_MESSAGE_SIZE_LIMIT", "52428800", "0"},
      {"POSTFIX_MAILBOX_SIZE_LIMIT", "0", "1073741824"}, {"POSTFIX_INET_PROTOCOLS", "all", "ipv4"},
      {"POSTFIX_DAGENT", "", "lmtp:inet:dovecot:24"}, {"OVERRIDE_HOSTNAME", "", "mail.example.org"},
      {"POSTFIX_REJECT_UNKNOWN_CLIENT_HOSTNAME", "0", "1"}, {"DEFAULT_RELAY_HOST", "", "[relay.example.net]:587"},
      {"RELAY_HOST", "", "relay.example.net"}, {"RELAY_USER", "u"}, {"RELAY_PASSWORD", "p"},
      {"SRS_SENDER_CLASSES", "envelope_sender", "envelope_sender,header_sender"},
  };

  /** A seeded docker-mailserver environment as {@code NAME=VALUE} lines (possibly none: the defaults). */
  static String environment(long seed) {
    Random r = new Random(seed * 31 + 7);
    StringBuilder sb = new StringBuilder();
    for (String[] v : ENV) {
      if (r.nextInt(3) == 0) {
        sb.append(v[0]).append('=').append(v[1 + r.nextInt(v.length - 1)]).append('\n');
      }
    }
    return sb.toString();
  }

  /** Seeded postfix-master.cf lines: valid, unmatched and malformed requests. */
  static String masterOverrides(long seed) {
    Random r = new Random(seed * 17 + 3);
    String[] lines = {"submission/inet/smtpd_reject_unlisted_recipient=yes",
        "submissions/inet/smtpd_client_restrictions = permit_sasl_authenticated,reject",
        "smtp/inet/postscreen_upstream_proxy_protocol=haproxy", "smtpd/pass/smtpd_tls_security_level = encrypt",
        "nosuch/inet/x=1", "submission/inet/syslog_name = a b", "# comment", "Submission/inet/x=1",
        "pickup/fifo/content_filter=", "policyd-spf/unix/x=1",
        "smtp/inet/postscreen_cache_map=btree:$data_directory/c"};
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(lines[r.nextInt(lines.length)]).append('\n');
    }
    return sb.toString();
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
