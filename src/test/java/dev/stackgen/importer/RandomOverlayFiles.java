package dev.stackgen.importer;

import dev.stackgen.hcl.HclFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hand-kept overlay files: a {@code variable "postfix_cf"} with its optional
 * attributes present or absent and in any order, {@code <<EOT} or {@code <<-DELIM} at any indentation,
 * main.cf lines in every spelling postconf reads ({@code a=b}, tabs, trailing blanks, empty values,
 * continuation lines, comments anywhere, whitespace-only lines, {@code $name}/{@code $${name}},
 * service-specific and digit-first names, a name given twice), other items around it (a whole
 * reference main.cf in a second variable, resources, one-line variables, comments) and blank lines at
 * the end of the file. The file is what {@code terraform fmt} leaves (the formatter never touches
 * heredoc lines).
 */
public final class RandomOverlayFiles {
  private static final String[] NAMES = {
      "smtpd_use_tls", "message_size_limit", "smtpd_tls_security_level", "postscreen_dnsbl_action",
      "postscreen_cache_map", "relayhost", "mynetworks", "smtpd_helo_restrictions", "smtpd_recipient_restrictions",
      "policyd-spf_time_limit", "2bounce_notice_recipient", "header_checks", "smtp_tls_session_cache_database",
      "smtpd_tls_auth_only", "disable_vrfy_command", "delay_warning_time", "smtpd_sasl_auth_only", "my_checks",
  };
  private static final String[] VALUES = {
      "yes", "no", "52428800", "ignore", "[smtp-relay.example.net]:587", "127.0.0.0/8 [::1]/128",
      "pcre:/etc/postfix/header_checks", "btree:$${data_directory}/smtp_scache", "$myhostname", "4h",
      "permit_mynetworks,", "proxy:btree:$data_directory/postscreen_cache", "reject_unauth_destination",
      "Contact %%{postmaster}", "$${my_checks}", "a # not a comment", "caf\u00e9",
  };
  private static final String[] EQUALS = {" = ", "=", " =", "= ", "\t=\t", " =  ", "\t= "};
  private static final String[] TRAIL = {"", "", "", " ", "  ", "\t", " \t"};
  private static final String[] LEAD = {"    ", "\t", "  ", " \t"};
  private static final String[] DELIMITERS = {"EOT", "EOF", "CONFIG", "POSTFIX", "MAIN_CF"};

  private RandomOverlayFiles() {}

  /** The overlay file for {@code seed}. */
  public static String generate(long seed) {
    Random r = new Random(seed);
    StringBuilder out = new StringBuilder();
    int before = r.nextInt(4);
    for (int i = 0; i < before; i++) {
      out.append(item(r, i)).append(r.nextInt(3) == 0 ? "" : "\n");
    }
    if (r.nextInt(3) == 0) {
      out.append(reference(r)).append('\n');
    }
    if (r.nextBoolean()) {
      out.append("# Postfix main.cf overlay").append(TRAIL[r.nextInt(2)].isEmpty() ? "" : ".").append('\n');
    }
    out.append(overlay(r));
    int after = r.nextInt(3);
    for (int i = 0; i < after; i++) {
      out.append(r.nextBoolean() ? "\n" : "").append(item(r, 10 + i));
    }
    out.append("\n".repeat(r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0));
    return HclFormatter.format(out.toString(), "variables.tf");
  }

  private static String item(Random r, int i) {
    return switch (r.nextInt(5)) {
      case 0 -> "variable \"v" + i + "\" { type = string }\n";
      case 1 -> "variable \"v" + i + "\" {\n  type      = map(string)\n  sensitive = true\n}\n";
      case 2 -> "# comment " + i + "\n";
      case 3 -> "resource \"kubernetes_config_map\" \"c" + i + "\" {\n  metadata {\n    name = \"c" + i
          + "\"\n  }\n  data = {\n    \"postfix-main.cf\" = var.postfix_cf\n  }\n}\n";
      default -> "locals {\n  l" + i + " = \"x\"\n}\n";
    };
  }

  /** A whole main.cf in a variable that is not the overlay. */
  private static String reference(Random r) {
    StringBuilder b = new StringBuilder("variable \"postfix_cf_reference_DO_NOT_USE\" {\n  type    = string\n"
        + "  default = <<-EOF\n");
    for (String line : lines(r, 4 + r.nextInt(10))) {
      b.append(line.isBlank() ? line : "    " + line).append('\n');
    }
    return b.append("  EOF\n}\n").toString();
  }

  private static String overlay(Random r) {
    List<String> attrs = new ArrayList<>();
    if (r.nextInt(4) != 0) {
      attrs.add("type = string");
    }
    if (r.nextInt(3) == 0) {
      attrs.add("description = \"main.cf overlay\"");
    }
    if (r.nextInt(4) == 0) {
      attrs.add("sensitive = false");
    }
    if (r.nextInt(6) == 0) {
      attrs.add("nullable = false");
    }
    java.util.Collections.shuffle(attrs, r);
    boolean flush = r.nextInt(3) != 0;
    String delimiter = r.nextInt(3) == 0 ? DELIMITERS[r.nextInt(DELIMITERS.length)] : "EOT";
    int indent = flush ? 2 * r.nextInt(4) : 0;
    int close = flush ? Math.max(0, indent - 2 * r.nextInt(2)) : 2 * r.nextInt(2) * r.nextInt(2);
    StringBuilder def = new StringBuilder("default = <<" + (flush ? "-" : "") + delimiter + "\n");
    for (String line : lines(r, 1 + r.nextInt(12))) {
      def.append(line.isBlank() ? line : " ".repeat(indent) + line).append('\n');
    }
    def.append(" ".repeat(close)).append(delimiter).append('\n');
    attrs.add(r.nextInt(attrs.size() + 1), def.toString());
    StringBuilder b = new StringBuilder("variable \"postfix_cf\" {\n");
    for (String a : attrs) {
      if (r.nextInt(8) == 0) {
        b.append('\n');
      }
      b.append(a.endsWith("\n") ? a : a + "\n");
    }
    if (r.nextInt(6) == 0) {
      b.append("\n  validation {\n    condition     = length(var.postfix_cf) > 0\n"
          + "    error_message = \"empty overlay\"\n  }\n");
    }
    return b.append("}\n").toString();
  }

  /** main.cf lines (escaped for a heredoc), at least one definition at the margin. */
  static List<String> lines(Random r, int count) {
    List<String> out = new ArrayList<>();
    boolean definition = false;
    for (int i = 0; i < count || !definition; i++) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        out.add((r.nextInt(4) == 0 ? LEAD[r.nextInt(LEAD.length)] : "") + "#" + (r.nextBoolean() ? " " : "")
            + "note " + i + TRAIL[r.nextInt(TRAIL.length)]);
      } else if (kind == 1) {
        out.add(r.nextInt(3) == 0 ? TRAIL[1 + r.nextInt(TRAIL.length - 1)] : "");
      } else {
        String value = r.nextInt(6) == 0 ? "" : VALUES[r.nextInt(VALUES.length)];
        out.add(NAMES[r.nextInt(NAMES.length)] + EQUALS[r.nextInt(EQUALS.length)] + value
            + TRAIL[r.nextInt(TRAIL.length)]);
        definition = true;
        int continuations = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0;
        for (int c = 0; c < continuations; c++) {
          out.add(LEAD[r.nextInt(LEAD.length)] + VALUES[r.nextInt(VALUES.length)] + TRAIL[r.nextInt(TRAIL.length)]);
        }
      }
    }
    return out;
  }
}
