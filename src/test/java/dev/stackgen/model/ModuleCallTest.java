package dev.stackgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleCallTest {
  @Test
  void builderKeepsTheOrderGivenAndDerivesNothing() {
    ModuleCall m = ModuleCall.builder("ledger")
        .comment("Ledger")
        .variable(Variable.string("a"))
        .vault(VaultSource.of("secrets", "secret", "ledger"))
        .local("l", new Expr("var.a"))
        .argument("source", ModuleCall.defaultSource("ledger"))
        .argument("tier", ModuleCall.tierArgument("aux"))
        .build();
    assertThat(m.header().lines()).containsExactly("# Ledger");
    assertThat(m.arguments()).extracting(a -> a.value().text())
        .containsExactly("\"./modules/ledger\"", "local.tiers.aux");
    assertThat(m.locals()).extracting(Attr::name).containsExactly("l");
    assertThat(m.variables()).containsExactly(Variable.string("a"));
  }

  @Test
  void withDerivedFillsInWhatTheCatalogWouldDerive() {
    ModuleCall m = ModuleCall.builder("app")
        .variable(Variable.of("b", List.of(Attr.of("type", new Expr("number")))))
        .vault(VaultSource.of("shared", "kv", "shared"))
        .local("l", new Expr("\"${var.c}-x\""))
        .argument("x", new Expr("var.b"))
        .argument("y", new Expr("[var.a, data.vault_kv_secret_v2.secrets.data[\"k\"], local.l]"))
        .argument("z", new Expr("data.vault_kv_secret_v2.shared.data[\"k\"]"))
        .build()
        .withDerived("web", "aux");
    assertThat(m.variables()).extracting(Variable::name).containsExactly("c", "a", "b");
    assertThat(m.variables().get(0)).isEqualTo(Variable.string("c"));
    assertThat(m.vaultSources()).containsExactly(VaultSource.of("secrets", "secret", "web"),
        VaultSource.of("shared", "kv", "shared"));
    assertThat(m.arguments()).extracting(Attr::name).containsExactly("source", "x", "y", "z", "tier");
    assertThat(m.arguments().get(0).value()).isEqualTo(new Expr("\"./modules/app\""));
    assertThat(m.arguments().get(4).value()).isEqualTo(new Expr("local.tiers.aux"));
    assertThat(m.withDerived("web", "aux")).isEqualTo(m);
  }

  @Test
  void listsAreCopied() {
    List<Attr> args = new ArrayList<>(List.of(Attr.of("a", new Expr("1"))));
    ModuleCall m = new ModuleCall("m", Trivia.NONE, List.of(), List.of(), Trivia.NONE, List.of(), "", args,
        Trivia.NONE, SourceRef.NONE);
    args.add(Attr.of("b", new Expr("2")));
    assertThat(m.arguments()).hasSize(1);
    assertThatThrownBy(() -> m.arguments().add(Attr.of("c", new Expr("3"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void duplicatesAndBadNamesAreRejectedWithExactMessages() {
    assertThatThrownBy(() -> ModuleCall.builder("m").argument("a", new Expr("1")).argument("a", new Expr("2"))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessage("argument given twice in module m: a");
    assertThatThrownBy(() -> ModuleCall.builder("m").variable(Variable.string("v")).variable(Variable.string("v"))
        .build()).hasMessage("variable declared twice in module m: v");
    assertThatThrownBy(() -> ModuleCall.builder("m").vault(VaultSource.of("s", "secret", "x"))
        .vault(VaultSource.of("s", "kv", "y")).build()).hasMessage("vault source declared twice in module m: s");
    assertThatThrownBy(() -> ModuleCall.builder("m").local("l", new Expr("1")).local("l", new Expr("2")).build())
        .hasMessage("local given twice in module m: l");
    assertThatThrownBy(() -> ModuleCall.builder("a.b")).hasMessage("module name is not an HCL identifier: a.b");
  }

  @Test
  void stackCarriesTheModule() {
    ModuleCall m = ModuleCall.builder("web").build();
    Stack s = Stack.builder("web").tier("aux").module(m).build();
    assertThat(s.module()).contains(m);
    assertThat(Stack.builder("web").tier("aux").build().module()).isEmpty();
    assertThat(Stack.builder("web").tier("aux").build().withModule(m).module()).contains(m);
  }
}
