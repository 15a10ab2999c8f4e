package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectiveTest {

  private static final Profile DMS = Profile.load("dms-15");

  @Test
  void overlayWinsAndOutputIsSortedAndNormalised() {
    Effective e = Effective.merge(DMS, "o.cf", "relayhost = [mx]:587\nsmtpd_banner = $myhostname   ESMTP\n  ready\n");
    assertThat(e.fatal()).isEmpty();
    assertThat(e.render()).contains("relayhost = [mx]:587\n", "smtpd_banner = $myhostname ESMTP ready\n")
        .doesNotContain("relayhost =\n");
    assertThat(e.entries()).extracting(Effective.Entry::name).isSorted();
    assertThat(e.definition("relayhost")).get().extracting(Effective.Entry::origin)
        .isEqualTo(new Effective.Origin("o.cf", 1, true));
    assertThat(e.definition("biff")).get().extracting(Effective.Entry::origin)
        .isEqualTo(new Effective.Origin("dms-15/main.cf", 4, false));
  }

  @Test
  void emptyValueRendersWithoutTrailingSpace() {
    assertThat(Effective.merge(DMS, "o.cf", "postscreen_cache_map =\n").render()).contains(
        "\npostscreen_cache_map =\n");
  }

  @Test
  void aMalformedLineLeavesAnEmptyMainCf() {
    Effective e = Effective.merge(DMS, "o.cf", "relayhost = x\npostscreen_cache_map\n");
    assertThat(e.render()).isEmpty();
    assertThat(e.fatal()).get().isEqualTo(new Effective.Fatal(new Effective.Origin("o.cf", 2, true),
        "missing '=' after attribute name", "postscreen_cache_map"));
  }

  @Test
  void unusedReadOnlyAndUndefinedAreReportedAndDropped() {
    Effective e = Effective.merge(DMS, "o.cf", "my_x = 1\nprocess_name = y\nmy_y = 2\nrelayhost = $my_y $nope\n");
    assertThat(e.unused()).extracting(Effective.Entry::name).containsExactly("my_x");
    assertThat(e.readOnly()).extracting(Effective.Entry::name).containsExactly("process_name");
    assertThat(e.undefined()).extracting(Effective.Undefined::name).containsExactly("nope");
    assertThat(e.render()).contains("my_y = 2\n").doesNotContain("my_x", "process_name");
  }

  @Test
  void expandsWithExplicitValuesThenDefaults() {
    Effective e = Effective.merge(DMS, "o.cf", "postscreen_cache_map = proxy:btree:$data_directory/ps\n");
    assertThat(e.expand("$postscreen_cache_map")).isEqualTo("proxy:btree:/var/lib/postfix/ps");
    assertThat(e.expand("${relayhost?{has}}${relayhost:{none}} $$x")).isEqualTo("none $x");
  }

  @Test
  void originsCanBeShown() {
    String shown = Effective.merge(DMS, "o.cf", "message_size_limit = 1\n").renderWithOrigins();
    assertThat(shown).contains("# o.cf:1\nmessage_size_limit = 1\n", "# dms-15/main.cf:4\nbiff = no\n");
  }

  @Test
  void redefinitionsAreListedInFileOrder() {
    Effective e = Effective.merge(DMS, "o.cf", "relayhost = a\nrelayhost = b\n");
    assertThat(e.overrides()).extracting(r -> r.earlier().origin() + ">" + r.later().origin())
        .containsExactly("dms-15/main.cf:19>o.cf:1", "o.cf:1>o.cf:2");
  }

  /**
   * Found by FuzzTest: 40 references per level, 5 levels deep (40^5 characters) ran postfix lint
   * out of heap; past 1 MiB the value stays unexpanded.
   */
  @Test
  void exponentialExpansionStaysUnexpanded() {
    StringBuilder cf = new StringBuilder();
    for (char c = 'a'; c < 'f'; c++) {
      cf.append("x").append(c).append(" = ").append(("$x" + (char) (c + 1)).repeat(40)).append('\n');
    }
    cf.append("xf = y\nrelayhost = $xa\n");
    Effective e = Effective.merge(DMS, "o.cf", cf.toString());
    assertThat(e.expand("$xa")).isEqualTo("$xa");
    assertThat(e.expand("$xe")).isEqualTo("y".repeat(40));
    assertThat(e.expand("x $$ y")).isEqualTo("x $ y");
    assertThat(new PostfixLinter(DMS).lint("o.cf", cf.toString())).isNotNull();
  }
}
