package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class EnglishWordsTest {

  @Test
  @DisplayName("The tokenizer's whole words are English words; misspellings, word pieces and markers are not")
  void wordsOfTheVocabulary() {
    EnglishWords words = new EnglishWords(EnglishWords.RESOURCE);

    assertThat(words.contains("lunch")).isTrue();
    assertThat(words.contains("parking")).isTrue();
    assertThat(words.contains("mision")).isFalse();
    assertThat(words.contains("netwrk")).isFalse();
    assertThat(words.contains("##ing")).isFalse();
    assertThat(words.contains("[unk]")).isFalse();
  }

  @Test
  @DisplayName("A regular inflection of a vocabulary word is English too (\"snows\", \"snowed\"); a derived misspelling is not (\"directer\")")
  void inflections() {
    EnglishWords words = new EnglishWords(EnglishWords.RESOURCE);

    assertThat(words.contains("snows")).isTrue();
    assertThat(words.contains("snowed")).isTrue();
    assertThat(words.contains("snowing")).isTrue();
    assertThat(words.contains("directer")).isFalse();
    assertThat(words.contains("directers")).isFalse();
    assertThat(EnglishWords.inflects("studies", "study")).isTrue();
    assertThat(EnglishWords.inflects("running", "run")).isTrue();
    assertThat(EnglishWords.inflects("making", "make")).isTrue();
    assertThat(words.contains("meetngs")).isFalse();
  }

  @Test
  @DisplayName("The vocabulary's first thousand words are the most common ones; a clipping members make is not among them")
  void commonWords() {
    EnglishWords words = new EnglishWords(EnglishWords.RESOURCE);

    assertThat(words.isCommon("go", 1000)).isTrue();
    assertThat(words.isCommon("see", 1000)).isTrue();
    assertThat(words.isCommon("sub", 1000)).isFalse();
    assertThat(words.isCommon("para", 1000)).isFalse();
    assertThat(words.isCommon("netwrk", 1000)).isFalse();
    assertThat(new EnglishWords("no-such-tokenizer.json").isCommon("go", 1000)).isFalse();
  }

  @Test
  @DisplayName("Without the tokenizer's file no word is known, so spelling is corrected as before")
  void missingFile() {
    assertThat(new EnglishWords("no-such-tokenizer.json").contains("lunch")).isFalse();
  }
}
