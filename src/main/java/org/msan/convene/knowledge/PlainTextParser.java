package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A .txt file, or a PDF's text: paragraphs are separated by blank lines, and lines within one are
 * joined again, as a file wrapped at a fixed width or copied from a PDF breaks sentences ("a new
 * teach-" / "er often has") where the writer did not. A line that reads as a title (short, no
 * closing punctuation) alone in its paragraph heads the text after it: the first one is the
 * document's title, never glued to the first sentence; otherwise the file name is the title.
 * Bullets ("•", "-", "1.") start a list item of their own.
 */
final class PlainTextParser implements DocumentParser {

  /** A title or heading: short, without a sentence's punctuation; a colon inside ("Guide: 2025") but not at its end. */
  private static final Pattern TITLE_LINE = Pattern.compile("[^.!?:;,\\n]{2,80}|[^.!?;,\\n]{2,79}[^.!?:;,\\n]");
  /**
   * The line a mail program writes above a message it forwards or quotes ("---------- Forwarded
   * message ---------", "-----Original Message-----", "Begin forwarded message:"): no title, when
   * the message's header lines follow it.
   */
  private static final Pattern FORWARD_SEPARATOR = Pattern.compile("(?i)-{3,}[^\\n]*?-{3,}|begin forwarded message:");
  /** A document's title on its first line may have a comma too ("Program Guide, 2026-27"), not at its end ("Hi all,"). */
  private static final Pattern FIRST_LINE_TITLE = Pattern.compile("[^.!?;\\n]{1,79}[^.!?:;,\\n]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
  /** Text that is sentences (a full stop, question or exclamation mark) or a list ("- item"). */
  private static final Pattern SENTENCES_OR_LIST = Pattern.compile("[.!?](\\s|$)|^- ", Pattern.MULTILINE);
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
  /** A bullet a list item starts with: "•", "-", "*", "–", or a number ("2." "2)"). */
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●▪◦·*–-]|(\\d{1,2})[.)])\\s+");
  /** A section's number before its heading, in figures: "2. ", "3.1 ". */
  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+");
  /** A numbered line that may head a section in sentence case: "2. Who may borrow", "10) Fees & waivers". */
  private static final Pattern NUMBERED_LINE = Pattern.compile("(\\d{1,2})[.)]\\s+(\\p{Lu}[^.!?:;,\\d]{1,60})");
  /**
   * An FAQ's question on a line of its own, as a plain-text FAQ writes it over its answer: "4. Do
   * students get paid?", "Q: Who can apply?"; the question without its number or "Q:".
   */
  private static final Pattern QUESTION_LINE =
      Pattern.compile("(?:Q\\d{0,2}\\s*[.:)]\\s*|\\d{1,2}[.)]\\s+)?(\\p{Lu}[^\\n?]{3,150}\\?)");
  /** The "A:" an FAQ may write before the answer under a "Q:". */
  private static final Pattern ANSWER_LABEL = Pattern.compile("^A\\s*:\\s+");
  /** "FAQ" or "USA" alone on a line is a name in capitals, not a heading over what follows. */
  private static final int MIN_CAPITALS_HEADING_LETTERS = 4;
  /** Cells of a table's header row in capitals ("DISTRICT | STUDENTS", or set apart by tabs or runs of spaces). */
  private static final Pattern COLUMNS = Pattern.compile("\\||\\t| {3,}");
  /** An aside in brackets at the end of a heading: "(March 25, Milford)". */
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()\\n]{1,40}\\)\\s*$");
  /** A year, or a school year ("2026-27"), with the space after it. */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d(?:[-–/]\\d\\d(?:\\d\\d)?)?\\b\\s*");
  /** Words each capitalised but for short function words: "Who May Apply", "HOW TO CLAIM", "Terms of Use". */
  private static final Pattern CAPITALISED = Pattern.compile(
      "\\p{Lu}\\S*(?:\\s+(?:\\p{Lu}\\S*|a|an|the|and|or|nor|but|of|in|on|at|to|for|by|with|as|per|vs\\.?))*\\s*");
  /** A line that ends with an email address, a web address or a phone number. */
  private static final Pattern ENDS_WITH_ADDRESS =
      Pattern.compile("(?:@\\S+|https?://\\S+|www\\.\\S+|(?<!\\d)\\d{3}[-.]\\d{4})\\s*$");
  /** A word in lower case: a sentence's line has one, a header's or a table's line in capitals may not. */
  private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\b\\p{Ll}{2,}\\b");
  /** A word broken at the end of a line ("teach-"), continued in lower case on the next. */
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");
  /**
   * A letter's closing or greeting: up to four words, capitalised, and a comma ("Thanks,", "With
   * warm regards,", "Good morning everyone,").
   */
  private static final Pattern CLOSING = Pattern.compile("\\p{Lu}\\p{L}*(?:[ ’'-]\\p{L}+){0,3},");
  /** A greeting, which may name whom it greets after a comma ("Good morning, data coordinators,"). */
  private static final Pattern GREETING = Pattern.compile(CLOSING.pattern() + "(?:\\s*\\p{L}+(?:[ ’'-]\\p{L}+){0,3},)?");
  /** A signature is a few short lines: a name, a title, an organisation, a phone number. */
  private static final int MAX_SIGNATURE_CHARS = 300;
  private static final int MAX_SIGNATURE_LINE = 60;
  /**
   * A line shorter than this share of the wrap width was ended by its writer, not wrapped: a
   * wrapped line fills most of the width, short of it by at most the next word (a long word is
   * rarely more than a fifth of a line). Both wrapped files of the dev corpora (eval/corpus-dev3,
   * eval/corpus-dev4) keep their address and name lines with it and join every wrapped one.
   */
  private static final double SHORT_LINE_SHARE = 0.6;
  /**
   * A line at least this share of the wrap width fills it: where a PDF's blank line follows one
   * that ends no sentence, the sentence goes on after it. Over the eval folders' PDFs, 0.85 joins
   * every such break of the one whose lines PDFBox spaces as paragraphs and changes no other's text.
   */
  private static final double FULL_LINE_SHARE = 0.85;
  /** A file of short lines only (a list, an FAQ) is read as wrapped at least this wide, for its headings. */
  private static final int MIN_WRAP_WIDTH = 72;
  /** The wrap width is this quantile of the lines' lengths: one long URL line does not set it. */
  private static final double WRAP_QUANTILE = 0.8;

  private final Predicate<String> isWord;

  /** @param isWord whether a lower-case word is an English word ("teachers" is, "nonmember" is not) */
  PlainTextParser(Predicate<String> isWord) {
    this.isWord = isWord;
  }

  @Override
  public SourceDocument parse(Path file, String relativePath) throws IOException, UnreadableFileException {
    return plainDocument(file, relativePath, TextFiles.readUtf8(file), null, false, isWord);
  }

  /**
   * @param metaTitle a title the file's metadata gives (a PDF's), preferred to its first line; may be null
   * @param guessedBreaks whether the text's blank lines were guessed from line spacing (a PDF's), not written
   * @param isWord whether a lower-case word is an English word, for words broken across lines
   */
  static SourceDocument plainDocument(Path file, String relativePath, String text, String metaTitle,
      boolean guessedBreaks, Predicate<String> isWord) throws UnreadableFileException {
    String body = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (body.isEmpty()) {
      throw new UnreadableFileException("no text in the file");
    }
    boolean hasMetaTitle = metaTitle != null && !metaTitle.isBlank();
    List<String> paragraphs = new ArrayList<>();
    int wrapWidth = wrapWidth(body);
    int lineEnd = body.indexOf('\n');
    String firstLine = lineEnd < 0 ? body : body.substring(0, lineEnd).strip();
    if (lineEnd > 0 && FORWARD_SEPARATOR.matcher(firstLine).matches()
        && MessageHeaders.leading(body.substring(lineEnd + 1).strip()).isPresent()) {
      body = body.substring(lineEnd + 1).strip();
      lineEnd = body.indexOf('\n');
      firstLine = lineEnd < 0 ? body : body.substring(0, lineEnd).strip();
    }
    String documentTitle = hasMetaTitle ? metaTitle.strip() : TextFiles.titleFromFileName(file);
    String titleHeading = null;
    // An email saved as text: its header lines ("From: …", "Subject: …") are a section of their
    // own, and its subject titles a message that has no title line above them.
    Optional<MessageHeaders> headers = MessageHeaders.leading(body);
    if (headers.isPresent()) {
      documentTitle = hasMetaTitle ? documentTitle : headers.get().subject().orElse(documentTitle);
      body = headers.get().rest();
    } else if (lineEnd > 0 && FIRST_LINE_TITLE.matcher(firstLine).matches() && !body.substring(lineEnd).isBlank()
        && firstLine.length() < wrapWidth * SHORT_LINE_SHARE
        && !Character.isLowerCase(body.substring(lineEnd).strip().charAt(0))) {
      // A wrapped first line (as long as the others, continued in lower case) is no title.
      titleHeading = firstLine;
      documentTitle = hasMetaTitle ? documentTitle : firstLine;
      body = body.substring(lineEnd + 1).strip();
      headers = MessageHeaders.leading(body);
      body = headers.map(MessageHeaders::rest).orElse(body);
    }
    LineBreakHyphens hyphens = LineBreakHyphens.of(body, isWord);
    Layout layout = new Layout(wrapWidth, numberedSections(body), asksQuestions(body));
    for (String paragraph : continuedParagraphs(PARAGRAPH_BREAK.split(body), layout, guessedBreaks)) {
      if (paragraph.isBlank()) {
        continue; // a message of header lines only
      }
      for (String joined : atNumberedHeadings(joinLines(paragraph, wrapWidth, hyphens), layout)) {
        int firstBreak = joined.indexOf('\n');
        if (firstBreak > 0 && questionHeading(joined.substring(0, firstBreak), layout)) {
          paragraphs.add(joined.substring(0, firstBreak));
          paragraphs.add(joined.substring(firstBreak + 1));
          continue;
        }
        // A heading on the line above its text with no blank line between ("Eligibility" / "Candidates
        // must …", as PDF text comes): its own paragraph, when what follows is sentences or a list,
        // or whatever follows a numbered one ("6. CONTACT" over a name and a phone number).
        if (firstBreak > 0 && headingLike(joined.substring(0, firstBreak), layout)
            && (numberedHeading(joined.substring(0, firstBreak), joined.substring(firstBreak + 1), layout)
                || headingInCapitals(joined.substring(0, firstBreak), joined.substring(firstBreak + 1), layout)
                || SENTENCES_OR_LIST.matcher(joined.substring(firstBreak + 1)).find()
                    && !SECTION_NUMBER.matcher(joined).lookingAt())) {
          paragraphs.add(joined.substring(0, firstBreak));
          paragraphs.add(joined.substring(firstBreak + 1));
        } else {
          paragraphs.add(joined);
        }
      }
    }
    if (paragraphs.size() > 1 && GREETING.matcher(paragraphs.get(0).strip()).matches()) {
      // A letter's greeting ("Good morning everyone,", "Dear colleagues,") says nothing to quote.
      paragraphs.remove(0);
    }
    List<Section> sections = new ArrayList<>();
    List<String> headings = titleHeading == null ? List.of() : List.of(titleHeading);
    if (headers.isPresent()) {
      sections.add(new Section(headings, headers.get().block()));
    }
    StringBuilder sectionText = new StringBuilder();
    // A letter's closing and signature ("Warm regards," / name / title / phone) are a section of
    // their own: who signed is worth finding, but is no part of the last paragraph's answer.
    int signature = signatureStart(paragraphs);
    Section signed = signature < 0 ? null : new Section(headings, String.join("\n", paragraphs.subList(signature, paragraphs.size())));
    if (signature >= 0) {
      paragraphs = paragraphs.subList(0, signature);
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      // A short line heads the text after it; one with a figure ("Applications due June 7") or
      // followed by another such line ("Registration is free for members") is text.
      // After a comma ("Thanks,") a line goes on with what it began: a name signing a letter.
      // An FAQ's question heads its answer, as "## Who can apply?" does in Markdown.
      boolean question = questionHeading(paragraph, layout);
      boolean heading = (question || headingLike(paragraph, layout)) && i + 1 < paragraphs.size()
          && !headingLike(paragraphs.get(i + 1), layout) && !questionHeading(paragraphs.get(i + 1), layout)
          && !(i > 0 && paragraphs.get(i - 1).strip().endsWith(","));
      if (heading) {
        if (sectionText.length() > 0) {
          sections.add(new Section(headings, sectionText.toString().strip()));
          sectionText.setLength(0);
        }
        String name = question ? questionAsked(paragraph) : paragraph;
        headings = titleHeading == null ? List.of(name) : List.of(titleHeading, name);
        if (question) {
          paragraphs.set(i + 1, ANSWER_LABEL.matcher(paragraphs.get(i + 1)).replaceFirst(""));
        }
      } else {
        sectionText.append(paragraph).append("\n\n");
      }
    }
    if (sectionText.length() > 0) {
      sections.add(new Section(headings, sectionText.toString().strip()));
    }
    if (signed != null) {
      sections.add(signed);
    }
    return new SourceDocument(relativePath, documentTitle, "", "", "", sections);
  }

  /**
   * Where the letter's closing begins ("Thanks,", "Warm regards,": a few words and a comma, after
   * some text), when only short signature lines (a name, a title, a phone number) follow it to the
   * end; -1 otherwise.
   */
  private static int signatureStart(List<String> paragraphs) {
    for (int i = paragraphs.size() - 1; i > 0; i--) {
      // "Warm regards," alone, or on the first line of the signature ("Warm regards," / "Ana Ruiz").
      String[] lines = paragraphs.get(i).strip().split("\n", 2);
      if (CLOSING.matcher(lines[0].strip()).matches() && (lines.length > 1 || i + 1 < paragraphs.size())) {
        List<String> rest = new ArrayList<>(paragraphs.subList(i + 1, paragraphs.size()));
        if (lines.length > 1) {
          rest.add(0, lines[1]);
        }
        boolean signatureOnly = String.join("\n", rest).length() <= MAX_SIGNATURE_CHARS
            && rest.stream().flatMap(p -> p.lines()).allMatch(line -> line.strip().length() <= MAX_SIGNATURE_LINE);
        return signatureOnly ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The paragraph cut before each numbered heading inside it that follows a sentence's end
   * ("… free or reduced-price meals." / "4. DEADLINES" / "- Round 1: …"), as PDF text runs sections
   * together without the blank line a text file would have.
   */
  private static List<String> atNumberedHeadings(String joined, Layout layout) {
    String[] lines = joined.split("\n");
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String after = i + 1 < lines.length ? lines[i + 1] : "";
      if (SENTENCE_END.matcher(lines[i - 1]).find()
          && (numberedHeading(lines[i], after, layout) || headingInCapitals(lines[i], after, layout))) {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else {
        piece.append('\n');
      }
      piece.append(lines[i]);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /**
   * Whether the line is a heading in capitals over what follows it, whatever that is: "SCREENING
   * WINDOWS 2026-27" over a table's lines, as a PDF's text runs them on.
   */
  private static boolean headingInCapitals(String line, String next, Layout layout) {
    String withoutAside = ASIDE.matcher(line).replaceFirst("");
    return withoutAside.codePoints().filter(Character::isLetter).count() >= MIN_CAPITALS_HEADING_LETTERS
        && inCapitals(withoutAside) && !COLUMNS.matcher(line).find() && headingLike(line, layout) && !next.isBlank();
  }

  /** Whether the text has letters and none in lower case: "SCREENING WINDOWS 2026-27". */
  private static boolean inCapitals(String text) {
    return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether the line is a numbered heading over what follows it: "4. DEADLINES" over "- Round 1 …"
   * or over text; not "1. Register Online" over "2. Pay the fee", two items of one numbered list.
   */
  private static boolean numberedHeading(String line, String next, Layout layout) {
    if (!SECTION_NUMBER.matcher(line).lookingAt() || !headingLike(line, layout) || next.isBlank()) {
      return false;
    }
    Matcher item = BULLET.matcher(next);
    return !(item.lookingAt() && item.group(1) != null);
  }

  /**
   * Short for the file's lines, without a sentence's punctuation, a bullet or a figure; or a
   * numbered heading ("2. MILEAGE", "3.1 Who May Apply", "4. 2028 INSTITUTE HOST": a year is the
   * one figure it may have), whose words are capitalised as headings are and a list item's ("3.
   * register online") are not, or which is one of the file's {@link #numberedSections} in sentence
   * case. A numbered heading or one in capitals may end with an aside in brackets ("(March 25,
   * Milford)"), which is not weighed.
   */
  private static boolean headingLike(String paragraph, Layout layout) {
    Matcher numbered = SECTION_NUMBER.matcher(paragraph);
    // A numbered heading may name its year ("4. 2028 SUMMER INSTITUTE HOST"), as may one in
    // capitals ("SCREENING WINDOWS 2026-27"); other figures make a line of text ("March 17, 2027, 4:00 PM").
    // Either may end with an aside in brackets, which may hold anything: "5. STRUCTURED LITERACY LAB
    // (March 25, Milford)".
    String unnumbered = ASIDE.matcher(numbered.lookingAt() ? paragraph.substring(numbered.end()) : paragraph)
        .replaceFirst("");
    String withoutYears = YEAR.matcher(unnumbered).replaceAll("").strip();
    String words = numbered.lookingAt() || inCapitals(withoutYears) ? withoutYears : paragraph;
    if (numbered.lookingAt() && !CAPITALISED.matcher(words).matches()
        && !layout.numberedSections().contains(paragraph.strip())) {
      return false;
    }
    return TITLE_LINE.matcher(words).matches() && !BULLET.matcher(words).find()
        && words.chars().noneMatch(Character::isDigit)
        && ASIDE.matcher(paragraph).replaceFirst("").length()
            < Math.max(layout.wrapWidth(), MIN_WRAP_WIDTH) * SHORT_LINE_SHARE;
  }

  /**
   * The paragraphs with a sentence continued after a blank line joined again: a paragraph that
   * does not end a sentence, followed by one that starts in lower case ("… leaders in rural" /
   * "schools across the region."), as double-spaced text and some PDFs' text come. Where the
   * blank lines are guessed (a PDF's, by line spacing), also one whose last line was wrapped
   * mid-sentence ({@link #wrappedMidSentence}) followed by any that {@link #continues} ("… to the
   * district's Executive" / "Director within 10 school days …").
   */
  private static List<String> continuedParagraphs(String[] paragraphs, Layout layout, boolean guessedBreaks) {
    List<String> joined = new ArrayList<>();
    for (String paragraph : paragraphs) {
      int last = joined.size() - 1;
      if (last >= 0 && !paragraph.isEmpty() && !SENTENCE_END.matcher(joined.get(last)).find()
          && (Character.isLowerCase(paragraph.charAt(0))
              || guessedBreaks && wrappedMidSentence(lastLine(joined.get(last)), layout) && continues(paragraph, layout))) {
        joined.set(last, joined.get(last) + "\n" + paragraph);
      } else {
        joined.add(paragraph);
      }
    }
    return joined;
  }

  /**
   * Whether a line fills the wrap width (of a file of short lines, as {@link #headingLike} reads it),
   * as a line wrapped mid-sentence does; not a list item, nor a contact's line, which ends with its
   * address ("Ana Ruiz, Coordinator: ana.ruiz@example.org").
   */
  private static boolean fillsWidth(String line, Layout layout) {
    return line.strip().length() >= Math.max(layout.wrapWidth(), MIN_WRAP_WIDTH) * FULL_LINE_SHARE && !BULLET.matcher(line).find()
        && !ENDS_WITH_ADDRESS.matcher(line).find();
  }

  /**
   * Whether a line that fills the width stopped mid-sentence: it ends none (nor with a closing
   * quote or bracket), and reads as a sentence's line, not a running header's or a table's
   * ("Example Compact | Procedure 4.1", a row in capitals).
   */
  private static boolean wrappedMidSentence(String line, Layout layout) {
    return fillsWidth(line, layout) && !Sentences.endsSentence(line) && line.indexOf('|') < 0
        && LOWER_CASE_WORD.matcher(line).find();
  }

  /**
   * Whether a paragraph may go on a sentence: not a heading, a list item or a title (a single short
   * line that ends no sentence).
   */
  private static boolean continues(String paragraph, Layout layout) {
    String first = firstLine(paragraph);
    return !BULLET.matcher(paragraph).find() && !headingLike(first, layout)
        && (first.length() < paragraph.length() || SENTENCE_END.matcher(first).find() || fillsWidth(first, layout));
  }

  private static String lastLine(String paragraph) {
    return paragraph.substring(paragraph.lastIndexOf('\n') + 1);
  }

  private static String firstLine(String paragraph) {
    int end = paragraph.indexOf('\n');
    return end < 0 ? paragraph : paragraph.substring(0, end);
  }

  /**
   * How the file lays out its lines: where they wrap, in characters, its numbered headings
   * written in sentence case ({@link #numberedSections}), and whether it is an FAQ whose questions
   * head their answers ({@link #asksQuestions}).
   */
  private record Layout(int wrapWidth, Set<String> numberedSections, boolean questionsHeadAnswers) {}

  /**
   * Whether the file is an FAQ written as plain text: two or more lines that are a question alone
   * ({@link #QUESTION_LINE}), each over a line that is no question and does not go on its sentence
   * in lower case (its answer). One question in a letter ("Any questions?") heads nothing.
   */
  static boolean asksQuestions(String body) {
    List<String> lines = body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    int questions = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String next = lines.get(i + 1);
      if (QUESTION_LINE.matcher(lines.get(i)).matches() && !QUESTION_LINE.matcher(next).matches()
          && !Character.isLowerCase(next.charAt(0))) {
        questions++;
      }
    }
    return questions >= 2;
  }

  /** Whether the paragraph is one of an FAQ's questions alone on its line. */
  private static boolean questionHeading(String paragraph, Layout layout) {
    return layout.questionsHeadAnswers() && QUESTION_LINE.matcher(paragraph.strip()).matches();
  }

  /** The question a {@link #QUESTION_LINE} asks, without its number or "Q:". */
  private static String questionAsked(String line) {
    Matcher question = QUESTION_LINE.matcher(line.strip());
    return question.matches() ? question.group(1) : line.strip();
  }

  /**
   * The file's numbered lines that head sections though written in sentence case ("2. Who may
   * borrow" over text, then "3. How to request a device"), told from a numbered list's items ("2.
   * Pay the fee" under "1. Register online"): a short line without a sentence's punctuation or a
   * figure, after a line that is no numbered item and over one that is no item at all (a list's
   * item may have items of its own under it), the one below not going on a
   * sentence in lower case, and next in a run of two or more such lines numbered in order. Each is
   * given as {@link #joinLines} writes it ("2. …").
   */
  static Set<String> numberedSections(String body) {
    List<String> lines = body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    List<Integer> numbers = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher line = NUMBERED_LINE.matcher(lines.get(i));
      if (!line.matches() || i + 1 == lines.size() || BULLET.matcher(lines.get(i + 1)).lookingAt()
          || i > 0 && numberedItem(lines.get(i - 1)) || Character.isLowerCase(lines.get(i + 1).charAt(0))) {
        continue;
      }
      numbers.add(Integer.parseInt(line.group(1)));
      candidates.add(line.group(1) + ". " + line.group(2));
    }
    Set<String> sections = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0 && numbers.get(i) == numbers.get(i - 1) + 1 || i + 1 < candidates.size() && numbers.get(i + 1) == numbers.get(i) + 1) {
        sections.add(candidates.get(i));
      }
    }
    return sections;
  }

  private static boolean numberedItem(String line) {
    Matcher bullet = BULLET.matcher(line);
    return bullet.lookingAt() && bullet.group(1) != null;
  }

  /** Where the file's lines wrap, in characters: the {@link #WRAP_QUANTILE} of their lengths. */
  private static int wrapWidth(String body) {
    int[] lengths = body.lines().mapToInt(line -> line.strip().length()).filter(length -> length > 0).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[(int) Math.min(lengths.length - 1, Math.floor(lengths.length * WRAP_QUANTILE))];
  }

  /**
   * The lines of one paragraph as it was written: wrapped lines joined with a space, a word broken
   * with a hyphen at a line's end joined whole, each list item on a line of its own ("- item").
   * A line well short of the wrap width that the next does not continue in lower case ends where
   * its writer ended it: an address, a name and title, a phone number each stay a line.
   *
   * @param wrapWidth where the file's lines wrap, in characters
   * @param hyphens whether a word broken at a line's end keeps its hyphen: "teach-" + "ers" is
   *     "teachers", "non-" + "member" stays "non-member"
   */
  static String joinLines(String paragraph, int wrapWidth, LineBreakHyphens hyphens) {
    StringBuilder joined = new StringBuilder();
    boolean lineEnded = false;
    for (String raw : paragraph.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      Matcher broken = BROKEN_WORD.matcher(joined);
      boolean continued = Character.isLowerCase(line.charAt(0));
      if (bullet.find()) {
        if (joined.length() > 0) {
          joined.append('\n');
        }
        String number = bullet.group(1);
        joined.append(number == null ? "- " : number + ". ").append(line.substring(bullet.end()));
      } else if (joined.length() == 0) {
        joined.append(line);
      } else if (lineEnded && !continued) {
        joined.append('\n').append(line);
      } else if (continued && broken.find()) {
        Matcher rest = FIRST_WORD.matcher(line);
        if (!hyphens.keepsHyphen(broken.group(1), rest.find() ? rest.group() : "")) {
          joined.setLength(joined.length() - 1);
        }
        joined.append(line);
      } else {
        joined.append(' ').append(line);
      }
      // An FAQ's question ends its line however long it is: its answer starts on the next.
      lineEnded = line.length() < wrapWidth * SHORT_LINE_SHARE || QUESTION_LINE.matcher(line).matches();
    }
    return joined.toString();
  }
}
