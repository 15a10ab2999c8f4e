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

    private RandomOverlays() {
    }

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

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
