package org.msan.convene.answer;

import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks of an event, read from general English question forms (the answer types
 * of classic QA systems, for a calendar): "what time" a time, "where" a place, "who is it for" an
 * audience, "how many spots are left" the places left. Their words are blanked from the question,
 * so the words left name the event.
 */
enum EventField {
  STATUS("\\b(is|are)\\s+there\\s+still\\b|\\bcancel+(ed|ation)?\\b|\\bcalled off\\b|\\bpostponed\\b|\\bstill\\s+(on|happening|going ahead|scheduled|taking place)\\b"
      + "|\\bgoing ahead\\b"),
  GOING("\\bhow many\\s+(people\\s+|members\\s+|of us\\s+)?(are\\s+|have\\s+)?(going|coming|attending|signed up|registered|"
      + "rsvp'?d|rsvped)\\b|\\b(who'?s|who is|anyone)\\s+(going|coming|attending)\\b"),
  PLACES_LEFT("\\b(spots?|seats?|places?|room|space|spaces)\\b[^?]*\\b(left|remaining|available|open|free)\\b"
      + "|\\bfull\\b(?![-\\s]+(title|name|day|days|time|list|details))|\\bsold out\\b|\\bbooked up\\b"
      + "|\\bstill\\s+(room|space)\\b"),
  CAPACITY("\\bcapacity\\b|\\bhow many\\s+(people|participants|attendees|seats|spots|places|guests)\\b"
      + "|\\bmax(imum)?\\s+(number|size|attendance)\\b|\\broom for\\b"),
  // "rsvp for the spring institute by": the two words ask, the event's name between them stays.
  DEADLINE("\\b(rsvps?|register|registration|sign[- ]?ups?|respond|reply)\\b(?=[^?]{0,80}\\b(by|deadline|until|before|due|close)\\b)"
      + "|(?<=\\b(?:rsvps?|register|registration|sign[- ]?ups?|respond|reply)\\b[^?]{0,80})\\b(by|deadline|until|before|due|close)\\b"
      + "|\\b(can|could|may)\\s+(i|we)\\s+(still\\s+)?(rsvp|register|sign[- ]?up)\\b|\\btoo late to (rsvp|register|sign[- ]?up)\\b"
      // "The deadline" is the RSVP deadline; "the hotel room block deadline" is another's.
      + "|\\b(rsvp|registration|sign[- ]?up)\\s+deadlines?\\b|\\b(the|its|a|any|rsvp)\\s+deadline\\b|^\\s*deadline\\b|\\bwhen\\s+do\\s+(i|we)\\s+((need|have|got)\\s+to\\s+)?rsvp\\b"),
  DURATION("\\bhow long\\b|\\bhow many\\s+(days|hours|minutes)\\b|\\bduration\\b|\\blength\\b"),
  // Not in a compound: "End-of-Year", "year-end", "start-up" are names.
  END("(?<![-\\w])(end|ends|ending|finish|finishes|over|wrap up|wraps up)\\b(?!-)"),
  TIME("\\bwhat time\\b|\\bwhat hour\\b|(?<![-\\w])(start(s|ing)?|begin(s|ning)?)\\b(?!-)|(?<![-\\w])time\\b(?! (a|per|each) )(?!-)"),
  // "Where do I park?", "where do we send the form?" ask where to do something else, not where it is.
  WHERE("\\bwhere\\b(?!\\s+(?:do|does|can|could|should|will|would|shall|must)\\s+(?:i|we|you|they|people|participants"
      + "|members)\\s+(?!go\\b|meet\\b|attend\\b|be\\b|show up\\b|head\\b|gather\\b|hold\\b|host\\b|have\\b|need\\b)\\w+)"
      + "|\\blocation\\b|\\bvenue\\b|\\baddress\\b|\\b(what|which)\\s+(city|town|place|building|room)\\b"),
  // "Who is it for?", "who can attend?"; "who is the keynote speaker?" asks for a person, not the audience.
  AUDIENCE("\\bwho\\b(?=[^?]*\\b(for|aimed at|geared (to|toward|towards)|targeted at)\\s*[?.!]*\\s*$)|\\bwho\\s+(can|could|should|may|must|is allowed to|gets to|needs to)\\s+"
      + "(attend|come|go|join|register|sign up|participate|apply|be there)\\b|\\bwho(?:['’]s|\\s+is|\\s+are)\\s+"
      + "(invited|welcome|eligible)\\b|\\bwho\\s+(attends|goes|comes)\\b"
      + "|\\baudience\\b|\\bfor whom\\b|\\bintended for\\b|\\bopen to\\b|\\beligible\\b|\\bmeant for\\b"
      + "|\\baimed at\\b|\\bgeared (to|toward|towards)\\b|\\btargeted at\\b"),
  // "Is there a Zoom link?" asks for a link, which the calendar doesn't hold, not whether it is online.
  FORMAT("\\bonline\\b|\\bvirtual(ly)?\\b|\\bin[- ]person\\b|\\bremote(ly)?\\b|\\bface[- ]to[- ]face\\b"
      + "|\\b" + Words.ZOOM
      + "|\\bhybrid\\b|\\bformat\\b"),
  COUNT("\\bhow many\\b(?!\\s+(people|participants|attendees|seats|spots|places|guests|days|hours|minutes))"
      + "|\\bhow often\\b|\\bhow frequently\\b"),
  ABOUT("\\babout\\s*[?.!]*\\s*$|\\btopics?\\b|\\bagenda\\b|\\bfocus\\b|\\btheme\\b|\\bcover(s|ed)?\\b|\\bdescription\\b|\\bpurpose\\b"),
  TITLE("\\b(full|official|exact)\\s+(title|name)\\b|\\b(title|name)\\s+of\\b|\\bwhat'?s it called\\b|\\bcalled\\b"),
  /** A day asked for ("what day", "the exact date"), which a month-only event doesn't give. */
  DAY("\\b(what|which|exact|specific|actual|precise)\\s+(dates?|days?)\\b|\\bon what day\\b|\\bday of the week\\b"),
  WHEN("\\bwhen\\b|\\bdates?\\b|\\bday\\b");

  /**
   * Nouns that say "an event" without naming one ("the next meeting"). Where some of the
   * calendar's titles use one, it prefers those events, but never names or rules out an event alone.
   */
  private static final String EVENT_NOUN = "events?|meetings?|meet-?ups?|sessions?|gatherings?|convenings?|happenings?"
      + "|activities|activity";
  /** Of those, the nouns every calendar entry is: "the next event" prefers no kind, even a "family event". */
  private static final Pattern ANY_EVENT = Pattern.compile("\\b(events?|happenings?|activities|activity)\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern EVENT_NOUNS = Pattern.compile("\\b(" + EVENT_NOUN + ")\\b(?!-)", Pattern.CASE_INSENSITIVE);
  /** The one or two words before an event noun: "the next network event", "a district data session". */
  static final Pattern EVENT_MODIFIERS = Pattern.compile(
      "\\b(\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?=(?:" + EVENT_NOUN + ")\\b)", Pattern.CASE_INSENSITIVE);
  /** Words that say "something" or "to take part" ("anything on", "who can attend"): never an event's name. */
  private static final Pattern PARTICIPATION = Pattern.compile(
      "\\b(things?|anything|something|stuff|on|attend(s|ing|ance)?|go|going|come|coming|join|joining|participate|"
          + "(?:being\\s+)?held|hold|holding|take place|taking place|happen(s|ed|ing)?|need|planning|plan to|list|show|see|view|give|"
          + "tell|all|every|series)\\b(?!-)",
      Pattern.CASE_INSENSITIVE);
  /** Format words asked as a filter ("the next in-person meeting") rather than as a question. */
  static final Pattern ONLINE = Pattern.compile("\\b(online|virtual(ly)?|remote(ly)?|" + Words.ZOOM + ")\\b",
      Pattern.CASE_INSENSITIVE);
  static final Pattern IN_PERSON = Pattern.compile("\\bin[- ]person\\b|\\bface[- ]to[- ]face\\b", Pattern.CASE_INSENSITIVE);
  static final String IN_PERSON_FORMAT = "in-person";
  /** Whether an event is off: "is it cancelled?", "is there a cancellation?" ask this, so that "yes" means it is. */
  private static final Pattern CALLED_OFF = Pattern.compile("\\bcancel+(ed|ation)?\\b|\\bcalled off\\b|\\bpostponed\\b",
      Pattern.CASE_INSENSITIVE);
  /** Whether an event is on: "is it still happening?", "is it going ahead or cancelled?" ("still cancelled" asks it off). */
  private static final Pattern STILL_ON = Pattern.compile(
      "\\bstill\\s+(on|happening|going ahead|scheduled|taking place)\\b|\\bgoing ahead\\b|\\bhappening\\b"
          + "|\\bon\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern YES_NO = Pattern.compile("^\\s*(is|are|will|was|were|does|do|can|could|has|have)\\b",
      Pattern.CASE_INSENSITIVE);

  private final Pattern pattern;

  EventField(String pattern) {
    this.pattern = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
  }

  /**
   * The fields asked and the question with their words blanked.
   *
   * @param fields may be empty ("tell me about the kick-off")
   * @param format "in-person", the online word used ("online", "virtual") or null: a filter when
   *     the question is not a yes/no about it
   * @param yesNo the question asks whether ("is it online?", "is it still on?")
   * @param rest the question without the fields' words, the event nouns and words of taking part
   * @param nouns the event nouns of the question ("meeting", "convening")
   * @param formatWord the format word of the question, whether asked or filtering, or null
   * @param asksCalledOff the yes/no asks whether it is off ("is it cancelled?"), so that "yes"
   *     means cancelled; false when it asks whether it is on ("is it still happening?")
   */
  record Asked(Set<EventField> fields, String format, boolean yesNo, String rest, String nouns, String formatWord,
      boolean asksCalledOff) {

    /**
     * Asked of the calendar rather than of one event ("are there any in-person events?"): a format
     * asked about filters the events instead.
     */
    Asked forListing() {
      if (!fields.contains(FORMAT) || formatWord == null) {
        return this;
      }
      Set<EventField> rest = EnumSet.noneOf(EventField.class);
      rest.addAll(fields);
      rest.remove(FORMAT);
      return new Asked(rest, formatWord, yesNo, this.rest, nouns, formatWord, asksCalledOff);
    }
  }

  /** The topic of an earlier part a referring part is read with ({@link QuestionParts#withTopicOf}). */
  private static final Pattern EARLIER_TOPIC = Pattern.compile("\\([^()]*\\)\\s*$");

  /** The event nouns that say a kind of event ("meeting", "convening"), without those every entry is ("event"). */
  static String kindNouns(String nouns) {
    return ANY_EVENT.matcher(nouns).replaceAll(" ").strip();
  }

  /** The fields asked, for a calendar whose titles are not known. */
  static Asked read(String question) {
    return read(question, List.of());
  }

  /**
   * @param titles the calendar's event titles as patterns ({@link CalendarVocabulary#titles}): their
   *     words name an event, never a field ("When is the End-of-Year Celebration?" asks when, not
   *     how it ends)
   */
  static Asked read(String question, Collection<Pattern> titles) {
    StringBuilder rest = new StringBuilder(question);
    // The question as searched for field words: the titles it says are blanked.
    StringBuilder probe = new StringBuilder(question);
    BitSet titled = new BitSet();
    titles.forEach(title -> title.matcher(question).results().forEach(said -> titled.set(said.start(), said.end())));
    titled.stream().forEach(at -> probe.setCharAt(at, ' '));
    // "how much is it (the summit start)": what the part before was about names the event; what
    // that part asked (a start) is not asked again.
    Matcher context = EARLIER_TOPIC.matcher(question);
    if (context.find()) {
      blank(probe, context.start(), context.end());
      // Nor is it a word of the topic: "start" names no event.
      StringBuilder earlier = new StringBuilder(" ".repeat(context.start())).append(question, context.start(), context.end());
      for (EventField field : values()) {
        field.pattern.matcher(earlier).results().forEach(said -> blank(rest, said.start(), said.end()));
      }
    }
    boolean yesNo = YES_NO.matcher(question).find();
    Matcher online = ONLINE.matcher(question);
    boolean inPerson = IN_PERSON.matcher(question).find();
    // "Is it in person or online?" asks which: neither word filters.
    boolean which = inPerson && online.find(0);
    String format = which ? null : online.find(0) ? online.group().toLowerCase(Locale.ROOT)
        : inPerson ? IN_PERSON_FORMAT : null;
    Set<EventField> fields = EnumSet.noneOf(EventField.class);
    for (EventField field : values()) {
      // All of a field's words are found before any is blanked: "by" is one after "rsvp".
      for (MatchResult found : field.pattern.matcher(probe).results().toList()) {
        fields.add(field);
        blank(probe, found.start(), found.end());
        blank(rest, found.start(), found.end());
      }
    }
    // "How many spots are left" asks for places, not for a count of occurrences.
    if (fields.contains(PLACES_LEFT) || fields.contains(CAPACITY) || fields.contains(DURATION) || fields.contains(GOING)) {
      fields.remove(COUNT);
    }
    // "the next in-person meeting" filters; "is it in person?" asks.
    String formatWord = format;
    if (fields.contains(FORMAT) && !yesNo && !which) {
      fields.remove(FORMAT);
    } else if (fields.contains(FORMAT)) {
      format = null;
    }
    if (fields.contains(END) && !question.toLowerCase(Locale.ROOT).matches(".*\\b(when|what time|how late)\\b.*")) {
      fields.remove(END);
    }
    StringBuilder nouns = new StringBuilder();
    Matcher noun = EVENT_NOUNS.matcher(rest);
    while (noun.find()) {
      // "When is the Winter Convening?": a noun of a title said whole names that event, as the
      // title's other words do; "winter" alone would name the Board Winter Meeting as well.
      if (titled.get(noun.start())) {
        continue;
      }
      nouns.append(noun.group()).append(' ');
      blank(rest, noun.start(), noun.end());
    }
    blank(rest, PARTICIPATION);
    boolean asksCalledOff = yesNo && CALLED_OFF.matcher(question).find() && !STILL_ON.matcher(question).find();
    return new Asked(fields, format, yesNo, rest.toString(), nouns.toString().strip(), formatWord, asksCalledOff);
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }

  private static void blank(StringBuilder text, Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      blank(text, matcher.start(), matcher.end());
    }
  }

  /** Patterns the fields and the filters share; a class of its own, as enum constants can't read the enum's statics. */
  private static final class Words {
    /** "Zoom" as a format, not "a Zoom link" (a link, which the calendar doesn't hold). */
    static final String ZOOM = "zoom\\b(?!\\s+(link|url|meeting id|id|password|passcode|details|invite|invitation)\\b)";
  }
}
