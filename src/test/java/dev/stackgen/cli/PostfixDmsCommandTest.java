package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code postfix lint|effective} with docker-mailserver's environment and master.cf changes (issue 17). */
class PostfixDmsCommandTest {
  @TempDir
  Path repo;

  /** The seed's follow-up: a second postscreen with PROXY protocol appended to master.cf by user-patches.sh. */
  private static final String SECOND_POSTSCREEN = """
          master_cf_append = <<EOF

      # user-patches.sh: a second postscreen behind the load balancer
      2525      inet  n       -       n       -       1       postscreen
        -o syslog_name=postfix/smtpd-proxy
        -o postscreen_upstream_proxy_protocol=haproxy
      EOF
      """;

  private void catalog(String overlayBody) throws Exception {
    PostfixCommandTest.mailCatalog(repo, overlayBody);
  }

  private Run run(String... args) {
    return Run.in(repo, args);
  }

  @Test
  void theSeedsFollowUpIsAnErrorOnTheCacheLine() throws Exception {
    catalog("""
                env = {}
                postscreen_dnsbl_action = "ignore"
                postscreen_cache_map    = "btree:$data_directory/postscreen_cache"
        """ + SECOND_POSTSCREEN);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).as(lint.toString()).isEqualTo(1);
    assertThat(lint.out()).startsWith("stackgen.hcl:12: error: [postscreen-cache-lock] postscreen's btree cache"
        + " `btree:/var/lib/postfix/postscreen_cache` is opened by more than one postscreen process (smtp/inet"
        + " (dms-15/master.cf:13, maxproc 1), 2525/inet (mail/variables.tf (master_cf_append):3, maxproc 1))");
    assertThat(lint.out()).endsWith("postfix lint: 1 error, 0 warnings, 0 info\n");
    // generate refuses it too, naming the same line
    Run generate = run("generate");
    assertThat(generate.exit()).isEqualTo(2);
    assertThat(generate.err()).startsWith("stackgen.hcl:12:");
  }

  @Test
  void theSeedsFixAndTheDocumentedFixLintClean() throws Exception {
    for (String cache : new String[] {"\"\"", "\"proxy:btree:$data_directory/postscreen_cache\""}) {
      catalog("""
                  env = {}
                  postscreen_dnsbl_action = "ignore"
                  postscreen_cache_map    = %s
          """.formatted(cache) + SECOND_POSTSCREEN);
      Run lint = run("postfix", "lint");
      assertThat(lint.exit()).as(cache + ": " + lint).isZero();
      assertThat(lint.out()).as(cache).contains("postfix lint: 0 errors, 0 warnings");
    }
  }

  @Test
  void withTheImagesDefaultCacheTheAppendedServiceIsTheLineToLookAt() throws Exception {
    catalog("""
                postscreen_dnsbl_action = "ignore"
        """ + SECOND_POSTSCREEN);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).as(lint.toString()).isEqualTo(1);
    // line 11 is master_cf_append; its heredoc's third line (the 2525 service) is catalog line 14
    assertThat(lint.out()).contains("\nstackgen.hcl:14: error: [postscreen-cache-lock]");
  }

  @Test
  void effectivePrintsMasterCfAsPostconfDoes() throws Exception {
    catalog("""
                env = { ENABLE_POLICYD_SPF = "1", POSTFIX_MESSAGE_SIZE_LIMIT = "52428800" }

                master "submission/inet" {
                  smtpd_reject_unlisted_recipient = "yes"
                }
                postscreen_cache_map = ""
        """ + SECOND_POSTSCREEN);
    Run eff = run("postfix", "effective", "--master", "--master-parameters");
    assertThat(eff.exit()).as(eff.toString()).isZero();
    assertThat(eff.out()).contains("\nmessage_size_limit = 52428800\n")
        .contains("\npolicyd-spf_time_limit = 3600\n")
        .contains("\npolicyd-spf unix -       n       n       -       0       spawn user=policyd-spf"
            + " argv=/usr/bin/policyd-spf\n2525       inet  n       -       n       -       1       postscreen"
            + " -o syslog_name=postfix/smtpd-proxy -o postscreen_upstream_proxy_protocol=haproxy\n")
        .contains("\nsubmission/inet/smtpd_reject_unlisted_recipient = yes\n")
        .doesNotContain("submission/inet/smtpd_reject_unlisted_recipient = no");
  }

  @Test
  void anOverlayLineOverridingAnEnvironmentSettingNamesTheVariable() throws Exception {
    catalog("""
                env = {
                  POSTFIX_MESSAGE_SIZE_LIMIT = "26214400"
                }
                message_size_limit = 52428800
        """);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).as(lint.toString()).isZero();
    assertThat(lint.out()).contains("stackgen.hcl:13: warning: [dms-env-override] `message_size_limit` is set by"
        + " docker-mailserver's start-up from POSTFIX_MESSAGE_SIZE_LIMIT=26214400 (`message_size_limit = 26214400`);"
        + " this line hides that, set POSTFIX_MESSAGE_SIZE_LIMIT instead\n");
  }

  @Test
  void aMasterOverrideForAMissingServicePointsAtItsCatalogLine() throws Exception {
    catalog("""
                master "smtps/inet" {
                  smtpd_tls_wrappermode = "yes"
                }
        """);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).as(lint.toString()).isZero();
    assertThat(lint.out()).contains(
        "stackgen.hcl:11: warning: [master-override-unapplied] `smtps/inet/smtpd_tls_wrappermode"
            + " = yes` changes nothing (unmatched service_name/type:");
  }

  @Test
  void anUnknownVariableIsACatalogErrorWithASuggestion() throws Exception {
    catalog("""
                env = { ENABLE_RSPAM = "1" }
        """);
    Run lint = run("postfix", "lint");
    assertThat(lint.exit()).isEqualTo(2);
    assertThat(lint.err()).isEqualTo("stackgen.hcl:10:17: unknown docker-mailserver v15.0.0 variable ENABLE_RSPAM"
        + " (did you mean ENABLE_RSPAMD?)\n");
  }

  @Test
  void plainFilesTakeEnvAndMasterOptions() throws Exception {
    Path overlay = Files.writeString(repo.resolve("postfix-main.cf"), "policyd-spf_time_limit = 7200\n");
    Path append = Files.writeString(repo.resolve("master-append.cf"), "2525 inet n - n - 1 postscreen\n");
    Run without = run("postfix", "lint", "--file", overlay.toString());
    assertThat(without.exit()).as(without.toString()).isEqualTo(1);
    assertThat(without.out()).contains("[unknown-parameter] `policyd-spf_time_limit` would be the `time_limit` of a"
        + " `policyd-spf` master.cf service");
    Run with = run("postfix", "lint", "--file", overlay.toString(), "--env", "ENABLE_POLICYD_SPF=1",
        "--master-file", append.toString());
    assertThat(with.exit()).as(with.toString()).isEqualTo(1);
    assertThat(with.out()).contains("postfix-main.cf:1: warning: [dms-env-override] `policyd-spf_time_limit`")
        .contains("master-append.cf:1: error: [postscreen-cache-lock]");
    Run disabled = run("postfix", "lint", "--file", overlay.toString(), "--env", "ENABLE_POLICYD_SPF=0");
    assertThat(disabled.exit()).isEqualTo(1);
    Run badEnv = run("postfix", "lint", "--file", overlay.toString(), "--env", "NOEQUALS");
    assertThat(badEnv.exit()).isEqualTo(2);
    assertThat(badEnv.err()).startsWith("stackgen postfix: --env NOEQUALS: expected NAME=VALUE");
    Run noFile = run("postfix", "lint", "--env", "ENABLE_SRS=1");
    assertThat(noFile.exit()).isEqualTo(2);
  }

  @Test
  void verboseShowsOverridesEqualToTheImage() throws Exception {
    Path overlay = Files.writeString(repo.resolve("full-copy.cf"), "biff = no\nsmtpd_helo_required =   yes\n");
    Run quiet = run("postfix", "lint", "--file", overlay.toString());
    assertThat(quiet.out()).isEqualTo("postfix lint: 0 errors, 0 warnings, 0 info\n");
    Run verbose = run("postfix", "lint", "--file", overlay.toString(), "--verbose");
    assertThat(verbose.out()).contains("full-copy.cf:1: info: [redundant-override]")
        .contains("full-copy.cf:2: info: [redundant-override]").endsWith("0 errors, 0 warnings, 2 info\n");
  }
}
