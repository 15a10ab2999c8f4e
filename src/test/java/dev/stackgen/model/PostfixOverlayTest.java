package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostfixOverlayTest {
  private static SourceRef at(int line) {
    return new SourceRef("stackgen.hcl", line, 5);
  }

  @Test
  void textHasOneLinePerEntryAndContinuationLines() {
    PostfixOverlay o = new PostfixOverlay("postfix_cf", "variables.tf", "dms-15", List.of(
        PostfixOverlay.Entry.comment("# cache off", at(3)),
        PostfixOverlay.Entry.parameter("postscreen_cache_map", "", at(4)),
        PostfixOverlay.Entry.blank(at(5)),
        PostfixOverlay.Entry.parameter("smtpd_helo_restrictions", "permit_mynetworks,\nreject_invalid_helo_hostname\n",
            at(6)),
        PostfixOverlay.Entry.parameter("x", "${data_directory}/y", at(10))),
        Trivia.NONE, at(1));
    PostfixOverlay.Text text = o.text();
    assertThat(text.text()).isEqualTo("""
        # cache off
        postscreen_cache_map =

        smtpd_helo_restrictions = permit_mynetworks,
            reject_invalid_helo_hostname
        x = ${data_directory}/y
        """);
    assertThat(text.sourceOf(5)).isEqualTo(at(6));
    assertThat(text.sourceOf(6)).isEqualTo(at(10));
    assertThat(text.sourceOf(99)).isEqualTo(SourceRef.NONE);
  }
}
