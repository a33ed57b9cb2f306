package org.msan.convene.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What is wrong in a block of YAML that does not parse, said for the staff who wrote it — "a quoted
 * value is never closed" rather than the parser's "while scanning a quoted scalar" — and the line
 * where the mistake is: where a quote or bracket that never closes was opened, else where the
 * parser stopped.
 */
final class YamlMistakes {

  /**
   * @param line 1-based line within the YAML text
   * @param plain one line, no YAML terms
   */
  record Mistake(int line, String plain) {}

  private YamlMistakes() {}

  static Mistake of(JsonProcessingException e) {
    if (!(e.getCause() instanceof MarkedYAMLException yaml)) {
      JsonLocation at = e.getLocation();
      return new Mistake(at == null || at.getLineNr() < 1 ? 1 : at.getLineNr(), NOT_NAME_VALUE);
    }
    String context = yaml.getContext() == null ? "" : yaml.getContext();
    String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
    Mark opened = yaml.getContextMark();
    Mark stopped = yaml.getProblemMark();
    if (context.contains("quoted scalar")) {
      return at(opened, stopped, "a quoted value is never closed: end it with the quote it starts with");
    }
    if (context.contains("flow sequence") || context.contains("flow mapping")) {
      return at(opened, stopped, "a list in [ ] or { } is never closed");
    }
    if (context.contains("simple key")) {
      return at(opened, stopped, "a line has no ':' after its name: write it as 'name: value'");
    }
    if (problem.contains("mapping values are not allowed")) {
      return at(stopped, opened, "a value has ': ' in it: put the whole value in quotes");
    }
    if (problem.contains("cannot start any token")) {
      return at(stopped, opened, problem.contains("\\t") || problem.contains("TAB")
          ? "a tab where spaces are needed: indent with spaces"
          : "a value starts with " + firstQuoted(problem) + ", which needs quotes: put the whole value in quotes");
    }
    if (problem.contains("found '<scalar>'")) {
      return at(stopped, opened, "more text after a quoted value: quote the whole value (a ' inside '…' is written '')");
    }
    if (problem.contains("expected <block end>") || context.contains("block mapping")) {
      return at(stopped, opened, "this line is indented differently from the lines before it");
    }
    return at(stopped, opened, NOT_NAME_VALUE);
  }

  private static final String NOT_NAME_VALUE = "not 'name: value' lines";

  private static Mistake at(Mark first, Mark second, String plain) {
    Mark mark = first != null ? first : second;
    return new Mistake(mark == null ? 1 : mark.getLine() + 1, plain);
  }

  /** The character the parser names: "found character '@' that …" gives '@'. */
  private static String firstQuoted(String problem) {
    int open = problem.indexOf('\'');
    int close = open < 0 ? -1 : problem.indexOf('\'', open + 1);
    return close > open ? problem.substring(open, close + 1).toLowerCase(Locale.ROOT) : "a sign";
  }
}
