package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTest {
  private static Dependency withPath(String label, String path) {
    Attr configPath = new Attr("config_path", new Expr(path), Trivia.NONE, "", SourceRef.NONE);
    return new Dependency(label, List.of(configPath), Trivia.NONE, "", Trivia.NONE, SourceRef.NONE,
        "dependency \"" + label + "\" { config_path = " + path + " }");
  }

  @Test
  void shorthandPointsAtTheLabel() {
    Dependency d = Dependency.on("platform");
    assertThat(d.stack()).isEqualTo("platform");
    assertThat(d.explicit()).isFalse();
    assertThat(d.text()).isEmpty();
  }

  @Test
  void ownConfigPathNamesTheTarget() {
    Dependency d = withPath("db", "\"../dbaas\"");
    assertThat(d.label()).isEqualTo("db");
    assertThat(d.stack()).isEqualTo("dbaas");
    assertThat(d.explicit()).isTrue();
  }

  @Test
  void anyOtherPathIsExternal() {
    assertThat(withPath("vpc", "\"${get_repo_root()}/net/vpc\"").stack()).isNull();
    assertThat(withPath("tpl", "\"../_template\"").stack()).isNull();
    assertThat(withPath("up", "\"../../other\"").stack()).isNull();
  }

  @Test
  void labelMustBeAStackNameUnlessThePathIsGiven() {
    assertThatThrownBy(() -> Dependency.on("Not A Stack")).isInstanceOf(IllegalArgumentException.class);
    assertThat(withPath("Not-a-stack_label", "\"../x\"").stack()).isEqualTo("x");
  }
}
