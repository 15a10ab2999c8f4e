package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up of the template thread runs every step, and stops at the next step once the renderer is wanted. */
class WarmupTest {
  @Test
  void everyStepOfTheBundledTemplatesRunsWithoutFailing() {
    // a step that fails (e.g. a warm-up view that renders invalid HCL) would end it early, unseen
    assertThat(Warmup.run(Templates.bundled())).isTrue();
    assertThat(new Renderer(Templates.bundled()).loadTemplates().warmUpUntilWanted()).isTrue();
  }

  @Test
  void itStopsBeforeTheNextStepOnceTheRendererIsWanted() {
    AtomicInteger asked = new AtomicInteger();
    assertThat(Warmup.run(Templates.bundled(), () -> asked.incrementAndGet() > 3)).isFalse();
    assertThat(asked).hasValue(4);
    assertThat(new Renderer(Templates.bundled()).loadTemplates().wanted().warmUpUntilWanted()).isFalse();
  }

  @Test
  void anOverrideIsNotRun() {
    assertThat(Warmup.run(Templates.overriddenBy(java.util.Map.of("stack-terragrunt.hcl.ftl", "x = 1\n")))).isFalse();
  }
}
