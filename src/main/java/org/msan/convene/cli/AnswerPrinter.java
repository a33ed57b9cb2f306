package org.msan.convene.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.Source;

/** Prints answers for people (text and numbered sources) or for scripts (one JSON object per line). */
final class AnswerPrinter {

  private final PrintWriter out;
  /** Only for --json: answers for people never load the JSON writer. */
  private final ObjectMapper json;

  AnswerPrinter(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json ? new ObjectMapper() : null;
  }

  void print(Answer answer) {
    print(answer, false);
  }

  /**
   * @param withQuestion for people, the question first ("> When is …"), as a batch of answers
   *     reads only with its questions; JSON always carries it
   */
  void print(Answer asAnswered, boolean withQuestion) {
    if (json != null) {
      out.println(toJson(asAnswered));
      return;
    }
    Answer answer = asAnswered.withCitationsInOrder();
    if (withQuestion) {
      out.println("> " + answer.question());
    }
    out.println(answer.text());
    // A reply that quotes the documents cites them, answered or not ("The documents don't say that exactly…").
    if (!cited(answer).isEmpty()) {
      out.println();
      for (Source source : cited(answer)) {
        String where = source.link().isEmpty() ? source.path() : source.link();
        out.println("[" + source.rank() + "] " + source.label() + " (" + where + ")");
      }
    }
    out.println();
  }

  /** Only the sources the answer cites are listed for people; JSON lists all of them. */
  private static List<Source> cited(Answer answer) {
    return answer.sources().stream().filter(s -> answer.text().contains("[" + s.rank() + "]")).toList();
  }

  private String toJson(Answer answer) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("question", answer.question());
    object.put("answered", answer.answered());
    object.put("answer", answer.text());
    object.put("mode", answer.mode());
    object.put("sources", answer.sources().stream().map(AnswerPrinter::sourceJson).toList());
    object.put("millis", answer.millis());
    try {
      return json.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static Map<String, Object> sourceJson(Source source) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("rank", source.rank());
    object.put("path", source.path());
    object.put("title", source.title());
    object.put("section", source.section());
    // Named for what it is: the order of the list (rank) also weighs meaning and what the question asks for.
    object.put("bm25", source.score());
    object.put("snippet", source.snippet());
    return object;
  }
}
