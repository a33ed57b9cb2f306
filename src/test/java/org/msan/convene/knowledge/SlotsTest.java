package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SlotsTest {

  @Test
  @DisplayName("Widening adds a term's neighbours to its own slot only, in place, and says nothing new of the others")
  void widened() {
    List<Set<String>> slots = List.of(Set.of("kid", "pupil"), Set.of("camp"));

    List<Set<String>> widened = Slots.widened(slots, Map.of("kid", Set.of("children", "child")));

    assertThat(widened).hasSize(2);
    assertThat(widened.get(0)).containsExactlyInAnyOrder("kid", "pupil", "children", "child");
    assertThat(widened.get(1)).containsExactly("camp");
    assertThat(Slots.said(widened.get(0), List.of("children"))).isTrue();
    assertThat(Slots.unknown(widened.get(0), Set.of("kid", "pupil"))).isFalse();
    assertThat(Slots.widened(slots, Map.of())).isSameAs(slots);
  }
}
