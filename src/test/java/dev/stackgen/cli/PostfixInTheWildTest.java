package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postfix lint|effective} on configurations as real docker-mailserver deployments write them (issue 25). */
class PostfixInTheWildTest {
  @TempDir Path dir;

  private Run run(String... args) {
    return Run.in(dir, args);
  }

  @Test
  void everyDocumentedDockerMailserverVariableIsAccepted() throws Exception {
    Path overlay = Files.writeString(dir.resolve("postfix-main.cf"), "smtpd_helo_required = yes\n");
    List<String> args = new ArrayList<>(List.of("postfix", "lint", "--file", overlay.toString()));
    for (String name : List.of("SSL_CERT_PATH", "SSL_KEY_PATH", "SSL_ALT_CERT_PATH", "SSL_ALT_KEY_PATH", "ENABLE_IMAP",
        "LOGROTATE_COUNT", "RSPAMD_NEURAL", "SPAM_SUBJECT", "OAUTH2_INTROSPECTION_URL", "SASLAUTHD_LDAP_SERVER",
        "SASLAUTHD_LDAP_BIND_DN", "SASLAUTHD_LDAP_FILTER", "SASLAUTHD_LDAP_TLS_CACERT_FILE", "SASLAUTHD_MECH_OPTIONS",
        "LDAP_QUERY_FILTER_USER", "LDAP_QUERY_FILTER_GROUP", "LDAP_QUERY_FILTER_ALIAS", "LDAP_QUERY_FILTER_DOMAIN",
        "DOVECOT_AUTH_BIND", "DOVECOT_PASS_FILTER", "DOVECOT_USER_FILTER", "SRS_DOMAINNAME", "RELAY_PASSWORD__FILE")) {
      args.add("--env");
      args.add(name + "=x");
    }
    Run lint = run(args.toArray(String[]::new));
    assertThat(lint.exit()).as(lint.toString()).isZero();
    assertThat(lint.err()).isEmpty();
  }

  @Test
  void anUnknownVariableGetsTheClosestName() throws Exception {
    Path overlay = Files.writeString(dir.resolve("postfix-main.cf"), "smtpd_helo_required = yes\n");
    Run lint = run("postfix", "lint", "--file", overlay.toString(), "--env", "SSL_CERT_PAHT=/certs/x.pem");
    assertThat(lint.exit()).isEqualTo(2);
    assertThat(lint.err()).isEqualTo("stackgen postfix: --env SSL_CERT_PAHT: not a docker-mailserver v15.0.0 variable"
        + " (did you mean SSL_CERT_PATH?) (see stackgen postfix --help)\n");
  }
}
