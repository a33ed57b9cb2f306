package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class NumberRangesTest {

  @Test
  @DisplayName("A question's whole numbers, not its years or amounts")
  void numbers() {
    assertThat(NumberRanges.numbers("dues for a district with 1,320 students in 2025")).containsExactly(1320L);
    assertThat(NumberRanges.numbers("is $450 the fee for a team of 6?")).containsExactly(6L);
    assertThat(NumberRanges.numbers("what are the dues?")).isEmpty();
  }

  @Test
  @DisplayName("A number said as a bound asks what lies past it: \"under 1500\" is the row Under 1,500, not 1,500 – 4,999")
  void bounds() {
    List<Long> under = NumberRanges.numbers("how many words does a district under 1500 students get");
    assertThat(NumberRanges.holdsAny("Under 1,500; $2,400; 5,000 words", under)).isTrue();
    assertThat(NumberRanges.holdsAny("1,500 – 4,999; $4,750; 8,000 words", under)).isFalse();
    List<Long> over = NumberRanges.numbers("dues for a district with more than 15,000 students");
    assertThat(NumberRanges.holdsAny("15,000 and over; $14,500", over)).isTrue();
    assertThat(NumberRanges.holdsAny("5,000 – 14,999; $8,900", over)).isFalse();
    assertThat(NumberRanges.heldTerms("Under 1,500; $2,400", List.of(Set.of("1500")), under)).containsExactly("1500");
    assertThat(NumberRanges.heldTerms("Teams of 12 to 15 students", List.of(Set.of("11"), Set.of("12")),
        NumberRanges.numbers("can a team have 11 or 12 students"))).as("11 is asked itself, not as a bound").containsExactly("12");
  }

  @Test
  @DisplayName("A word and number the question and a row both write name the row; after a function word they don't")
  void names() {
    java.util.function.Predicate<String> stop = java.util.Set.of("with", "for", "of")::contains;
    var tier2 = NumberRanges.labels("the assessment for a tier 2 mid-size district", stop);
    assertThat(NumberRanges.namesAny("Tier: Tier 2 – Mid-size; $5,750", tier2)).isTrue();
    assertThat(NumberRanges.namesAny("Tier 2. Mid-size districts pay $5,750", tier2)).isTrue();
    assertThat(NumberRanges.namesAny("Tier: Tier 1 – Small; $2,400", tier2)).isFalse();
    assertThat(NumberRanges.namesAny("Tier 20 – Large", tier2)).isFalse();
    assertThat(NumberRanges.labels("dues for a district with 320 students", stop)).isEmpty();
  }

  @Test
  @DisplayName("Ranges between two numbers, below one and from one up hold the numbers they should")
  void ranges() {
    assertThat(NumberRanges.holdsAny("K-12 enrollment: 300 to 499 students; Annual dues: $5,750", List.of(320L))).isTrue();
    assertThat(NumberRanges.holdsAny("K-12 enrollment: 150 to 299 students; Annual dues: $4,000", List.of(320L))).isFalse();
    assertThat(NumberRanges.holdsAny("Teams of 4-8 leaders from a school district", List.of(6L))).isTrue();
    assertThat(NumberRanges.holdsAny("Fewer than 150 students", List.of(120L))).isTrue();
    assertThat(NumberRanges.holdsAny("Fewer than 150 students", List.of(150L))).isFalse();
    assertThat(NumberRanges.holdsAny("1,000 students or more", List.of(1000L))).isTrue();
    assertThat(NumberRanges.holdsAny("more than 1,000 students", List.of(1000L))).isFalse();
    assertThat(NumberRanges.holdsAny("Call (308) 555-0190", List.of(600L))).isFalse();
    assertThat(NumberRanges.holdsAny("300 to 499 students", List.of())).isFalse();
  }

  @Test
  @DisplayName("A number term of the question is said by a range that holds it, not by one that doesn't")
  void heldTerms() {
    List<Set<String>> slots = List.of(Set.of("5,000"), Set.of("kid"), Set.of("2027"));
    List<Long> numbers = NumberRanges.numbers("dues in 2027 for a district with 5,000 kids");
    assertThat(NumberRanges.heldTerms("2,000 to 7,999 students: $8,750", slots, numbers)).containsExactly("5,000");
    assertThat(NumberRanges.heldTerms("Under 2,000 students: $3,500", slots, numbers)).isEmpty();
    assertThat(NumberRanges.heldTerms("Call 507-555-0142 or (308) 555-0136", List.of(Set.of("520"), Set.of("600")),
        List.of(520L, 600L))).isEmpty();
  }

  @Test
  @DisplayName("A number that could be a year is a count when a plural follows it: 2000 students, not the year 2000")
  void yearOrCount() {
    assertThat(NumberRanges.numbers("board seats for a district with 2000 students")).containsExactly(2000L);
    assertThat(NumberRanges.numbers("what were the dues in 2025?")).isEmpty();
    assertThat(NumberRanges.numbers("the 2026 dues for 320 students")).containsExactly(320L);
    assertThat(NumberRanges.numbers("when do the class of 2027 fellows present")).isEmpty();
    assertThat(NumberRanges.heldTerms("1,500 to 2,999 students; Board seats: 2", List.of(Set.of("2000")),
        NumberRanges.numbers("a district with 2000 students"))).containsExactly("2000");
  }
}
