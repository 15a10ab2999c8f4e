package dev.stackgen.postfix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasterCfTest {

  @Test
  void readsServicesAndTheirOptions() {
    MasterCf m = MasterCf.parse("# c\nsmtp inet n - n - 1 postscreen\nsub inet n - n - - smtpd\n"
        + "  -o syslog_name=postfix/sub\n  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }\n"
        + "  -v\nshort unix -\n");
    assertThat(m.services()).hasSize(2);
    assertThat(m.services().get(0)).isEqualTo(new MasterCf.Service(2, "smtp", "inet", "1", "postscreen", java.util.List
        .of(),
        "master.cf", java.util.List.of("smtp", "inet", "n", "-", "n", "-", "1", "postscreen")));
    assertThat(m.services().get(1).options()).containsExactly(
        new MasterCf.Option("syslog_name", "postfix/sub"),
        new MasterCf.Option("smtpd_client_restrictions", "permit_sasl_authenticated, reject"));
  }

  @Test
  void dockerMailserverRunsOnePostscreen() {
    MasterCf m = Profile.load("dms-15").master();
    assertThat(m.services()).filteredOn(s -> s.command().equals("postscreen"))
        .singleElement().satisfies(s -> assertThat(s.maxproc()).isEqualTo("1"));
    assertThat(m.services()).filteredOn(s -> s.name().equals("submission"))
        .singleElement().satisfies(s -> assertThat(s.options())
            .contains(new MasterCf.Option("smtpd_sender_restrictions", "$mua_sender_restrictions")));
  }

  @Test
  void printsLikePostconfM() {
    MasterCf m = MasterCf.parse("submissions inet n - n - - smtpd\n  -o { c = x   y } -o d= {  p   q  }\n"
        + "averyveryverylongservicename unix-dgram n - n - 1 postlogd\n");
    assertThat(m.render()).isEqualTo("submissions inet n       -       n       -       -       smtpd -o {c=x   y}"
        + " -o d= p   q\naveryveryverylongservicename unix-dgram n - n -  1       postlogd\n");
    assertThat(m.renderParameters()).isEqualTo("submissions/inet/c = x y\nsubmissions/inet/d =\n");
  }

  @Test
  void setEditsLikePostconfP() {
    MasterCf m = MasterCf.parse("smtp inet n - n - 1 postscreen -o b=1 -o a=2 -o b=3 -v -o c=1 x -o d=1\n"
        + "sub inet n - n - - smtpd\n");
    MasterCf.Edit e = m.set(" smtp/inet/b = 9", "o", 1);
    assertThat(e.problem()).isEmpty();
    e = e.result().set("smtp/inet/e=5", "o", 2);
    assertThat(e.result().render()).isEqualTo("smtp       inet  n       -       n       -       1       postscreen"
        + " -o b=9 -o a=2 -o b=9 -v -o c=1 -o e=5 x -o d=1\n"
        + "sub        inet  n       -       n       -       -       smtpd\n");
    assertThat(m.set("nosuch/inet/x=1", "o", 1).problem()).contains("unmatched service_name/type: \"nosuch/inet/x=1\"");
    assertThat(m.set("bad line", "o", 1).problem()).contains("unmatched request: \"bad line\"");
    assertThat(m.set("sub/inet/q = 1 2", "o", 1).problem()).contains(
        "-Pe does not accept whitespace in parameter value");
  }

  /** The wording is what postconf 3.7 prints for each entry (checked by PostfixCorpusTest against the real one). */
  @Test
  void entriesPostconfRejectsAreProblemsInItsWords() {
    MasterCf m = MasterCf.parse("x.cf", "smtp/inet/postscreen_upstream_proxy_protocol=haproxy\n"
        + "foo  bar - n n - - smtpd\n# c\n\t-o x=y\n"
        + "a unix x n n - - smtpd\nb unix - nn n - - smtpd\nc unix - n q - - smtpd\n"
        + "d unix - n n abc - smtpd\ne unix - n n - x smtpd\nf unix - n n 10? - smtpd\n"
        + "g unix-dgram - n n - 1 postlogd\n");
    assertThat(m.problems()).extracting(MasterCf.Problem::line, MasterCf.Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "bad field count"),
        org.assertj.core.groups.Tuple.tuple(2, "invalid type field \"bar\" in \"foo  bar - n n - - smtpd?-o x=y\""),
        org.assertj.core.groups.Tuple.tuple(5, "invalid private field \"x\" in \"a unix x n n - - smtpd\""),
        org.assertj.core.groups.Tuple.tuple(6, "invalid unprivileged field \"nn\" in \"b unix - nn n - - smtpd\""),
        org.assertj.core.groups.Tuple.tuple(7, "invalid chroot field \"q\" in \"c unix - n q - - smtpd\""),
        org.assertj.core.groups.Tuple.tuple(8, "invalid wakeup field \"abc\" in \"d unix - n n abc - smtpd\""),
        org.assertj.core.groups.Tuple.tuple(9, "invalid process_limit field \"x\" in \"e unix - n n - x smtpd\""));
    assertThat(m.problems()).allMatch(p -> p.fatal() && p.byPostconf());
    assertThat(m.fatal()).get().extracting(MasterCf.Problem::line).isEqualTo(1);
    assertThat(m.services()).extracting(MasterCf.Service::name).containsExactly("f", "g");
  }

  @Test
  void badOptionSyntaxIsAWarningOfPostconfOrAStartUpFailure() {
    MasterCf m = MasterCf.parse("x.cf", "a unix - n n - - smtpd -o { foo }\n"
        + "b unix - n n - - smtpd -o foo\nc unix - n n - - smtpd -o { x = y\n"
        + "d unix - n n - - smtpd -o =bar\ne unix - n n - - smtpd -o\n");
    assertThat(m.problems()).extracting(MasterCf.Problem::line, MasterCf.Problem::message,
        MasterCf.Problem::byPostconf).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "master.cf: missing '=' after attribute name: \"foo\"", true),
            org.assertj.core.groups.Tuple.tuple(1, "invalid \"-o foo\" option value: missing '=' after attribute name",
                false),
            org.assertj.core.groups.Tuple.tuple(2, "invalid \"-o foo\" option value: missing '=' after attribute name",
                false),
            org.assertj.core.groups.Tuple.tuple(3, "master.cf: missing '}' in \"{ x = y\"", true),
            org.assertj.core.groups.Tuple.tuple(4, "invalid \"-o =bar\" option value: missing attribute name", false),
            org.assertj.core.groups.Tuple.tuple(5, "option requires an argument -- 'o'", false));
    assertThat(m.fatal()).isEmpty();
    assertThat(m.services()).hasSize(5);
  }
}
