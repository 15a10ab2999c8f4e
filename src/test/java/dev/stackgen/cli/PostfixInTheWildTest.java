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
  @TempDir
  Path dir;

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

  @Test
  void aMasterCfLineWithTooFewFieldsIsPostconfsFatalNotSilentlyDropped() throws Exception {
    Path overlay = Files.writeString(dir.resolve("postfix-main.cf"), "delay_warning_time = 4h\n");
    Path append = Files.writeString(dir.resolve("master-append.cf"),
        "smtp/inet/postscreen_upstream_proxy_protocol=haproxy\n");
    Run lint = run("postfix", "lint", "--file", overlay.toString(), "--master-file", append.toString());
    assertThat(lint.exit()).as(lint.toString()).isEqualTo(1);
    assertThat(lint.out()).isEqualTo(append + ":1: error: [master-cf-syntax] postconf dies on this master.cf entry"
        + " (`fatal: file /etc/postfix/master.cf: line 78: bad field count`) and Postfix does not start; this is a"
        + " postfix-master.cf line (`service/type/parameter = value`, which docker-mailserver applies with postconf -P),"
        + " not a master.cf entry; put it in postfix-master.cf (in the catalog: a `master \"smtp/inet\" { ... }` block)\n"
        + "postfix lint: 1 error, 0 warnings, 0 info\n");
    Run effective = run("postfix", "effective", "--master", "--file", overlay.toString(), "--master-file",
        append.toString());
    assertThat(effective.exit()).isEqualTo(2);
    assertThat(effective.err()).isEqualTo(append + ":1: postconf rejects this master.cf entry (fatal: bad field count),"
        + " so there is no master.cf to print; see stackgen postfix lint\n");
    // main.cf alone is still printed: docker-mailserver merged it before user-patches.sh appended the line
    Run mainOnly = run("postfix", "effective", "--file", overlay.toString(), "--master-file", append.toString());
    assertThat(mainOnly.exit()).isZero();
    assertThat(mainOnly.out()).contains("delay_warning_time = 4h\n");
  }

  @Test
  void masterCfSyntaxInMainCfIsNamedAsSuch() throws Exception {
    Path overlay = Files.writeString(dir.resolve("postfix-main.cf"),
        "smtp/inet/postscreen_upstream_proxy_protocol=haproxy\n");
    Run lint = run("postfix", "lint", "--file", overlay.toString());
    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out()).isEqualTo(overlay
        + ":1: error: [unknown-parameter] `smtp/inet/postscreen_upstream_proxy_protocol"
        + " = ...` is a postfix-master.cf line (a master.cf -o override: service/type/parameter = value), not a main.cf"
        + " parameter; postconf -n drops it here (unused parameter); move it to postfix-master.cf (in the catalog:"
        + " `master \"smtp/inet\" { postscreen_upstream_proxy_protocol = ... }`)\n"
        + "postfix lint: 1 error, 0 warnings, 0 info\n");
  }

  private static final String PGSQL = "relay_recipient_maps ="
      + " pgsql:/tmp/docker-mailserver/postfix/virtual-mailbox-domains.cf\n";

  @Test
  void aMapTypeTheUserPatchesInstallIsAvailableAndSaysWhy() throws Exception {
    Path config = Files.createDirectories(dir.resolve("docker-data/dms/config"));
    Path overlay = Files.writeString(config.resolve("postfix-main.cf"), PGSQL);
    Run without = run("postfix", "lint", "--file", overlay.toString());
    assertThat(without.exit()).isEqualTo(1);
    assertThat(without.out()).contains("error: [map-type-unavailable] `pgsql:` in `relay_recipient_maps` is not a map"
        + " type of dms-15").contains(
            "`map_types = [\"pgsql\"]`, `--map-type pgsql`, or apt-get install postfix-pgsql");
    Files.writeString(config.resolve("user-patches.sh"), "#!/bin/bash\n# apt-get install postfix-lmdb (not yet)\n"
        + "apt-get update && \\\n  apt-get install -y --no-install-recommends postfix-pgsql\n");
    Run with = run("postfix", "lint", "--file", overlay.toString());
    assertThat(with.exit()).as(with.toString()).isZero();
    assertThat(with.out()).isEqualTo(overlay + ":1: info: [map-type-installed] `pgsql:` is not a map type of dms-15's"
        + " image, but " + config.resolve("user-patches.sh") + ":3 installs postfix-pgsql before Postfix starts, so it"
        + " is taken as available\npostfix lint: 0 errors, 0 warnings, 1 info\n");
  }

  @Test
  void aMapTypeCanBeDeclaredOnTheCommandLineOrInTheCatalog() throws Exception {
    Path overlay = Files.writeString(dir.resolve("main.cf"), PGSQL);
    Run flag = run("postfix", "lint", "--file", overlay.toString(), "--map-type", "pgsql");
    assertThat(flag.exit()).as(flag.toString()).isZero();
    assertThat(flag.out()).isEqualTo("postfix lint: 0 errors, 0 warnings, 0 info\n");
    assertThat(run("postfix", "lint", "--file", overlay.toString(), "--map-type", "pg sql").exit()).isEqualTo(2);
    PostfixCommandTest.mailCatalog(dir, """
                relay_recipient_maps    = "pgsql:/tmp/docker-mailserver/postfix/virtual-mailbox-domains.cf"
        """);
    assertThat(run("postfix", "lint").exit()).isEqualTo(1);
    PostfixCommandTest.mailCatalog(dir, """
                map_types               = ["pgsql"]
                relay_recipient_maps    = "pgsql:/tmp/docker-mailserver/postfix/virtual-mailbox-domains.cf"
        """);
    Run catalog = run("postfix", "lint");
    assertThat(catalog.exit()).as(catalog.toString()).isZero();
    PostfixCommandTest.mailCatalog(dir, """
                map_types = ["pg-sql"]
        """);
    Run bad = run("postfix", "lint");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("stackgen.hcl:10:21: \"pg-sql\" in map_types is not a Postfix map type");
  }
}
