package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question's form asks for: "how many" wants a count, "how long" a length of
 * time, "how much does it cost" an amount of money. A sentence that gives that kind of answer about
 * the question's subject is better evidence than one that only shares its words.
 */
enum AnswerType {

  /**
   * A person to go to: "who runs …", "who do I talk to about …" is answered by a name with its
   * title ("Dr. Ana Ruiz") or its role ("Ana Ruiz, Program Manager") or an email address, not by
   * what the office does. Before the other kinds: "who do I talk to about the fee" asks a person.
   */
  PERSON(
      "\\bwho\\s+(runs?|leads?|heads?|manages?|coordinates?|oversees?|directs?|chairs?|supervises?|is in charge"
          + "|handles?|processes|approves?|signs off on|is responsible for|takes care of|deals with)\\b"
          // "who do I talk to", "who should we tell", "who do I bug about …", "who do I appeal to":
          // the person to go to; not "who can we bring to the summit" or "who should we invite".
          + "|\\bwho(?:m)?\\s+(?:do|should|can|could|would|must)\\s+(?:i|we)\\s+(?:(?:talk|speak|contact|call|e-?mail|write"
          + "|ask|reach|go|tell|notify|inform|message|text|ping)\\b|\\p{L}+\\s+(?:about|regarding)\\b"
          + "|\\p{L}+(?:\\s+\\p{L}+){0,3}\\s+(?:to|with)\\s*[?.!]?\\s*$)"
          + "|\\bwho to (contact|call|email|ask|talk)\\b"
          // "who's the data person": the person for that.
          + "|\\bwho(?:['’]?s|\\s+is|\\s+are)?\\s+(?:the|our|your|my)\\s+(?:\\S+\\s+){0,3}?(person|people|contact|go-to)\\b"
          // "Who is the treasurer?" asks the person in that role; "who is the network (meant) for?"
          // and "who is the summit open to, …" ask no one.
          + "|(?:^|[:;,.]\\s*)who(?:['’]?s|\\s+is|\\s+was)\\s+(?:the|our|your|their)\\s+(?![^?]*\\b(?:for|to)\\s*(?:[?.,;!]|$))",
      // Case counts: a name is capitalised.
      "(?-i:\\b(Dr|Mr|Mrs|Ms|Mx|Prof)\\.?\\s+\\p{Lu}\\p{Ll}"
          // "Ana Ruiz, Program Manager": a name then a capitalised role ("the Network, launching" is not;
          // nor "310 Main Street, Hugo", a street after its house number); the role may begin with
          // an acronym, "Renata Oyelaran, EL Coordinator" (not "Sioux Falls, SD").
          + "|(?<!\\d\\s)\\b\\p{Lu}\\p{Ll}+\\s+(\\p{Lu}\\.\\s+)?\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?,\\s+"
          + "\\p{Lu}(\\p{Ll}|\\p{Lu}+\\s+\\p{Lu}\\p{Ll}))"
          + "|[\\w.+-]+@[\\w-]+\\.[\\w.]+",
      "who run lead head manage coordinate oversee direct chair supervise charge contact talk speak call email reach"
          + " person people handle process approve responsible"),
  /**
   * An age asked of a person, as a requirement: "how old do you have to be to take the class", "what
   * age can kids start", answered by "at least 16 years old", "ages 3 to 11", "18 or older"; not by
   * "90 hours per semester", a length of something else. "How old is the network" asks a duration.
   */
  AGE(
      "\\bhow old\\b[^?]*\\b(?:have to|has to|need to|needs to|must|should|got to|gotta)\\s+(?:\\S+\\s+)?be\\b"
          + "|\\b(?:what|which)\\s+(?:\\S+\\s+)?ages?\\b|\\b(?:minimum|maximum)\\s+age\\b|\\bage\\s+(?:limit|requirement|minimum|range|cutoff)s?\\b",
      // Written as an age: "over 30 miles" or "10+ languages" is none.
      "\\b\\d{1,2}\\s*(?:years?\\s+(?:of\\s+age|old)|(?:or|and)\\s+(?:older|over|above|up|younger|under))\\b"
          + "|\\b(?:ages?|aged)\\s+\\d{1,2}\\b|\\b\\d{1,2}[- ]year[- ]olds?\\b|\\b(?:under|over)\\s+the\\s+age\\s+of\\s+\\d{1,2}\\b",
      "old age older"),
  DURATION(
      // "How old is …" asks since when it has been: "since 1999", "for over 25 years".
      "\\bhow long\\b|\\bhow much time\\b|\\bhow many (" + Words.DAY_KINDS + "[- ]){0,2}(years|months|weeks|days|hours)\\b"
          + "|\\bsince when\\b"
          // "How far ahead do I book?" asks how long before: "5 school days".
          + "|\\bhow old\\b|\\bhow far (in advance|ahead|out)\\b|\\bhow (early|soon|fast|quickly)\\b",
      "\\b(\\d+|" + Words.NUMBERS + "|half|a few|several)[- ]" + Words.SPAN_UNITS
          + "|\\bsince (19|20)\\d\\d\\b", "long old early soon fast quickly ahead"),
  /** How often something happens: "meet at least quarterly", "twice a year", "every other week". */
  FREQUENCY(
      "\\bhow (often|frequently)\\b|\\bhow many times\\b",
      "\\b(daily|weekly|biweekly|monthly|bimonthly|quarterly|annually|yearly|twice)\\b"
          + "|\\b(every|each) (other |\\d+ |" + Words.NUMBERS + " )?(day|week|month|quarter|semester|year|fall|spring|summer|winter)s?\\b"
          // "every 6,000 miles or 90 days": service by distance or hours of use, counted, is a
          // frequency too; "58 cents for every mile" is a rate.
          + "|\\b(every|each) (\\d{1,3}(,\\d{3})+|\\d+|" + Words.NUMBERS + ") (miles|hours)\\b"
          + "|\\b(\\d+|" + Words.NUMBERS + ") times\\b|\\b(a|per) (day|week|month|quarter|semester|year)\\b",
      "often frequently times"),
  /** How far: "more than 60 miles from the work site". "How far in advance" asks a time, not a distance. */
  DISTANCE(
      "\\bhow far\\b(?!\\s+(in advance|ahead|out|back|along))|\\bhow many (miles|kilometers|km|blocks)\\b",
      "\\b(\\d+(\\.\\d+)?|" + Words.NUMBERS + ")[\\s-]*(miles?|mi|kilometers?|km|blocks?|feet|ft|meters?)\\b",
      "far away distance miles"),
  COUNT("\\bhow many\\b|(?<!phone\\s)\\bnumber of\\b", Words.COUNTED_NUMBER),
  /**
   * How big something is, in people or in money: "how big is the grant pool" by "$48,000", "how
   * large is a cohort" by "24"; "$20,000 per district team" is what each team pays, not a size.
   */
  SIZE("\\bhow (big|large)\\b|\\bsize of\\b",
      Words.COUNTED_NUMBER + "|\\$\\s?\\d[\\d,.]*+(?:\\s*(?:million|billion|thousand)\\b)?+(?!\\s*/?\\s*(?:per|each|an?)\\b)",
      "big large"),
  /**
   * A day: "what day does the bridge start", "which dates": a month with its day, a date in
   * figures or a weekday; a month or a season alone gives no day.
   */
  DAY(
      "\\b(what|which)\\s+(exact\\s+|specific\\s+)?(dates?|days?)\\b"
          + "|\\bon what day\\b|\\bdue date\\b"
          // "What are the dates of the camp?"
          + "|\\bwhat(?:['’]s|\\s+(?:is|are|was|were))\\s+the\\s+(?:exact\\s+|specific\\s+)?(?:dates?|days?)\\b",
      Words.MONTH_AND_DAY + "|" + Words.DAY_IN_FIGURES + "|" + Words.WEEKDAY + "|" + Words.DAY_OF_MONTH,
      "date day"),
  DATE(
      "^\\s*when\\b|\\bwhat (year|month)\\b|\\bwhich (year|month)\\b|\\bby when\\b|\\bdeadline\\b",
      // A year, but not one that opens a capitalised name ("the 2026 Spring Data Retreat").
      Words.MONTH_AND_DAY + "|\\b(19|20)\\d\\d\\b(?!(?-i:\\s+\\p{Lu}))|" + Words.DAY_IN_FIGURES
          // A season, but not one in a capitalised name ("the Summer Reading Bridge").
          + "|\\b(spring|summer|fall|autumn|winter)\\b(?!(?-i:\\s+\\p{Lu}))|" + Words.WEEKDAY + "|" + Words.DAY_OF_MONTH
          // A month written out after a word that dates ("in December and May", "each August"), not "may".
          + "|(?-i:\\b(in|In|by|By|each|every|until|through|before|after|during|from|early|late|mid)[\\s-]+("
          + String.join("|", TimeExpressions.monthAndWeekdayNames()) + ")\\b)"
          + "|\\b(daily|weekly|monthly|quarterly|annually|yearly)\\b"
          // A time relative to something else: "within fifteen days of the invoice", "two weeks before".
          + "|\\b(within|after|before) (\\d+|a|an|" + Words.NUMBERS + ")[- ]" + Words.SPAN_UNITS
          + "|\\b(\\d+|" + Words.NUMBERS + ")[- ]" + Words.SPAN_UNITS + " (before|after|prior|from)\\b",
      "deadline due date day month year"),
  /** A time of day: "Each day runs from 8:30 a.m. to 3:30 p.m.", "starts at noon". */
  CLOCK_TIME(
      "\\bwhat time\\b(?! of (the )?year)|\\bwhat hours?\\b",
      "\\b\\d{1,2}(:\\d{2})?\\s*([ap]\\.m\\.|[ap]m\\b)|\\b\\d{1,2}:\\d{2}\\b|\\bnoon\\b|\\bmidnight\\b",
      "time hour start begin"),
  MONEY(
      // "How much is the institute for non-members?" asks its price.
      "\\bhow much\\b.*\\b(cost|costs|pay|pays|paid|price|charge|charges|fee|fees|dues|tuition|owe|owes|owed)\\b"
          + "|\\bhow much (is|are|was|were)\\b(?!\\s+(?:left|there|known|needed|required|involved|enough)\\b)"
          // "how much is expected of mentors", "how much are students expected to read" ask no price.
          + "(?!\\s+(?:\\S+\\s+)?\\p{L}+ed\\b)"
          // "How much do subs make?": "how much" asks money of what someone makes, gets or receives;
          // "how much training do they get" names another thing first.
          + "|\\bhow much (do|does|did|will|would|can|could|should)(\\s+\\S+){1,3}\\s+(make|makes|get|gets|receive|receives|earn|earns)\\b"
          // "how much money can a district get": an amount of money, whatever the verb.
          + "|\\bhow much (money|cash|funding)\\b"
          // "What do affiliate members pay?", "what will it cost us?"
          + "|\\bwhat\\s+(do|does|did|will|would|should|must)\\b[^?]*\\b(pay|cost|charge|owe)\\b"
          + "|\\b(cost|price|fee|price tag)\\b"
          // "Whats the daily pay for a sub?", "what is the mentor stipend": what an amount paid is.
          + "|\\bwhat(?:['’]?s|\\s+is|\\s+are|\\s+was)?\\s+(?:the|a|an|our|my|their)?\\s*(?:\\S+\\s+){0,2}?"
          + "(pay|salary|salaries|wages?|stipends?)\\b(?=\\s*(?:\\?|$|,|for\\b|of\\b|per\\b|rate\\b))",
      Words.MONEY, "cost pay paid price charge fee spend owe"),
  /**
   * A place: "where is the alliance based" is answered by "at Lakeview College", "where is the
   * institute held" by "Dover, DE" or "held online". "Where can I find …" asks for no place.
   */
  PLACE(
      "^\\s*where(?:['’]s|\\s+(?:is|are|was|were|will))\\b|\\b(?:what|which)\\s+(?:city|town|venue|building|campus)\\b",
      // Case counts: a place's name is capitalised ("in Dover", not "in person"); a month is no
      // place, nor is "in" inside a title's capitalised words ("Leadership in Action").
      "(?-i:(?<!\\p{Lu}\\p{L}{0,20}\\s)\\b(?:at|in)\\s+(?:the\\s+)?(?!(?:" + Words.CALENDAR_NAMES + ")\\b)\\p{Lu}\\p{L}+)"
          + "|" + Words.STREET_ADDRESS
          + "|(?-i:\\b\\p{Lu}\\p{Ll}+,\\s+\\p{Lu}{2}\\b)|\\b(?:held|meets?|takes? place)\\s+(?:online|virtually)\\b|\\bon zoom\\b"
          // A table's cell or a form's line under a label that asks where: "Where: Elm Creek Public Schools".
          + "|(?<=\\b(?:where|location|venue|site|address|host city)\\s{0,3}:\\s{0,3})(?!TBD|TBA|N/A)(?-i:\\p{Lu}|\\d)",
      "where based located held housed hosted city town venue site building campus address"),
  /**
   * A street address: "what's the address of the service center", "their mailing address" by "410
   * Mill Street, Cedar Bend" or "P.O. Box 118"; "how does the plan address attendance" asks none,
   * nor does an email or a web address. After the place: "where is the mailing address …" asks
   * where, which a street address also says.
   */
  ADDRESS("\\b(?:the|your|their|its|our|an?|street|mailing|postal|physical)\\s+address(?:es)?\\b", Words.STREET_ADDRESS,
      "address street mailing postal location site venue"),
  /**
   * What a term means: "how does the district define deeper learning", "what does FERPA stand
   * for" by "FERPA stands for …"; a definition may also be written "X is …" or "the Family
   * Educational Rights and Privacy Act (FERPA)", so one that says "means" is preferred.
   */
  DEFINITION(
      "\\bdefin(e|es|ed|ition)\\b|\\bwhat\\s+(does|do|did)\\b[^?]*\\bmean\\b|\\bmeaning of\\b|\\bstands?\\s+for\\b",
      "\\b(means|refers? to|is defined as|defined as|stands? for|is short for)\\b",
      "define definition mean meaning stand"),
  /**
   * A telephone number: "what is the phone number for the office" by "(308) 555-0136". Asked for
   * as such: "can I join by phone" asks none. After the other kinds, as the two below:
   * "who manages the website" asks a person, "when will the Zoom link be sent" a date.
   */
  PHONE(
      "\\b(tele)?phone (number|no\\b|#)|\\bnumber to call\\b|\\bwhat number (do|should|can|could) (i|we) call\\b"
          + "|\\bwhat(?:['’]?s|\\s+is)\\s+" + Words.OWNER + "\\s+(?:\\S+\\s+){0,3}?(tele)?phone\\s*(\\?|$|for\\b|of\\b)",
      "\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b", "phone telephone number"),
  /** An email address: "what is the email address for registration". "Who do I email" asks a person. */
  EMAIL(
      "\\be-?mail address(es)?\\b"
          + "|\\bwhat(?:['’]?s|\\s+is)\\s+" + Words.OWNER + "\\s+(?:\\S+\\s+){0,2}?e-?mail\\s*(\\?|$|for\\b|of\\b|to\\b)",
      "[\\w.+-]+@[\\w-]+\\.[\\w.]+", "email address"),
  /**
   * A web address: "what is the Zoom link", "send me the link" by "https://…" or "cprsa.org"; "a
   * link between attendance and grades" asks none.
   */
  LINK(
      "\\b(?:send|share|give|post|need|get|find|what(?:['’]?s|\\s+is|\\s+are)|where(?:['’]?s|\\s+is|\\s+are))\\s+"
          + "(?:\\S+\\s+){0,3}?(link|links|url|web ?site|web ?page|web address)\\b",
      "\\bhttps?://\\S+|\\bwww\\.\\S+|(?<![@\\w.-])\\b[\\w-]+\\.(org|com|edu|gov|net|us|io)\\b", "link url website webpage"),
  /** How to reach someone: "how do I reach Tom", "contact info for the grants office", by a phone number or an email address. */
  CONTACT(
      "\\bhow\\s+(?:do|can|should|could|would)\\s+(?:i|we)\\s+(?:reach|contact|get in touch with|get (?:a )?hold of)\\b"
          // "how do I reach the venue from the airport?" asks the way there.
          + "(?![^?]*\\b(?:from|by\\s+(?:car|bus|train|plane|transit))\\b)"
          + "|\\bhow to (?:reach|contact|get in touch with)\\b|\\bcontact (?:info|information|details)\\b",
      // A cell labelled "Phone" or "Email" gives a way to reach someone, as the number in it does.
      PHONE.answer.pattern() + "|" + EMAIL.answer.pattern(), "reach contact touch hold info information details phone telephone email"),
  /**
   * How a motion was decided: "what was the vote on the bid specifications" is answered by the
   * minutes' "Passed 8-1", "Failed 4–6" or "approved unanimously", which need not say "vote".
   */
  VOTE(
      "\\bwhat was the (vote|tally)\\b|\\b(vote|voting) (count|tally|results?)\\b"
          + "|\\bhow did (the )?(board|council|committee|members?)\\b[^?]*\\bvote\\b",
      "\\b(passed|failed|carried|approved|adopted|defeated|rejected|elected),?\\s+(?:(?:by|on) a vote of\\s+|\\()?"
          + "\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\b"
          // "Teague was elected Vice President for the remainder of the 2026-27 term, 5-4.": an
          // election's tally ends its clause ("approved … for middle school, 6-8." is grades).
          + "|\\b(re-?)?elected\\b[^.;]{0,100}?,\\s*\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\s*[.;)]"
          + "|\\b\\d{1,2}\\s*[-–—]\\s*\\d{1,2}\\s+vote\\b|\\bunanimous(ly)?\\b",
      "vote tally");

  private final Pattern question;
  private final Pattern answer;
  private final String headWords;

  AnswerType(String question, String answer) {
    this(question, answer, "");
  }

  /**
   * @param headWords the words that only say which kind of answer is wanted ("pay" in "how much do
   *     we pay"): a passage that gives such an answer has said them, whatever its own words
   */
  AnswerType(String question, String answer, String headWords) {
    this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
    this.answer = Pattern.compile(answer, Pattern.CASE_INSENSITIVE);
    this.headWords = headWords;
  }

  String headWords() {
    return headWords;
  }

  /** The head words of every kind, each once, in lower case: the words questions ask for an answer in. */
  static List<String> allHeadWords() {
    return Arrays.stream(values()).flatMap(type -> Arrays.stream(type.headWords.split(" ")))
        .filter(word -> !word.isEmpty()).distinct().toList();
  }

  /** The answer type the question asks for, if its form says; "how many days" asks for a length of time. */
  static Optional<AnswerType> of(String question) {
    return Arrays.stream(values()).filter(type -> type.question.matcher(question).find()).findFirst();
  }

  /**
   * Whether an answer of this type is always said of some one thing the question names: a date
   * of an event, a place of a meeting, the person who runs a program, the meaning of a term, the
   * phone number, email or web address of an office.
   * "Revised July 2025" is a date, but not of a founding.
   */
  boolean saidOfSomething() {
    return this == DAY || this == DATE || this == PLACE || this == ADDRESS || this == PERSON || this == DEFINITION
        || this == PHONE || this == EMAIL || this == LINK || this == CONTACT;
  }

  /** Whether this type asks for a date or a day. */
  boolean dates() {
    return this == DATE || this == DAY;
  }

  /** Whether this type asks who someone is or how to write to them: a person or an email address. */
  boolean asksWho() {
    return this == PERSON || this == EMAIL;
  }

  /**
   * Whether an answer of this type belongs to exactly one thing, so that a sentence must name all
   * the question says of it: a phone number, an email or a link is one office's or one form's, not
   * any office's the passage mentions.
   */
  boolean ofOneThing() {
    return this == PHONE || this == EMAIL || this == LINK || this == CONTACT;
  }

  /**
   * Whether a passage must give an answer of this type to answer: a number, a date, an amount is
   * written in forms the patterns know; a place, an address, a person or a meaning may not be
   * ("Location: Toledo, Ohio", "on the Lakeview campus", "Marcus runs it", "Deeper learning is …"),
   * so one that gives it is preferred, and
   * one that doesn't may still answer.
   */
  boolean required() {
    return this != PLACE && this != ADDRESS && this != PERSON && this != DEFINITION;
  }

  /** Whether the text gives an answer of this type: a count, a length of time, an amount. */
  boolean answeredBy(String text) {
    return answer.matcher(text).find();
  }

  /**
   * The words after each answer of this type in the text, up to {@value #WORDS_AFTER} of them:
   * what a count counts ("nearly 190,000" → "students across the US"); for an answer that is a
   * labelled value, as a table's cell is read ("Coaching days included: 10"), the label too.
   */
  List<String> wordsAfterAnswers(String text) {
    List<String> after = new ArrayList<>();
    Matcher found = answer.matcher(text);
    while (found.find()) {
      String rest = text.substring(found.end());
      Matcher words = FOLLOWING_WORDS.matcher(rest);
      // "two 14-passenger vans": a word joined to the number is what it counts.
      Matcher joined = JOINED_WORD.matcher(rest);
      String following = joined.lookingAt() ? joined.group(1) : words.lookingAt() ? words.group(1) : "";
      after.add((label(text, found.start()) + " " + following).strip());
    }
    return after;
  }

  /**
   * The label just before each answer of this type in the text, as a table's cell is read
   * ("Dates" in "Dates: June 22", "When paid" in "When paid: within 30 days"); empty for an
   * answer written without one. In the order of the text.
   */
  List<String> labelsOfAnswers(String text) {
    return labelsOfAnswers(text, false);
  }

  /**
   * @param withEntry each label with what the text says between it and the answer, the entry the
   *     answer belongs to: "Operations and Events: Tom Haugen, 507-555-0142" is Tom Haugen's phone
   */
  List<String> labelsOfAnswers(String text, boolean withEntry) {
    List<String> labels = new ArrayList<>();
    Matcher found = answer.matcher(text);
    while (found.find()) {
      labels.add(label(text, found.start(), withEntry));
    }
    return labels;
  }

  private static String label(String text, int answerStart) {
    return label(text, answerStart, false);
  }

  /** @param withEntry with what stands between the label and the answer */
  private static String label(String text, int answerStart, boolean withEntry) {
    Matcher label = LABEL_BEFORE.matcher(text.substring(0, answerStart));
    if (!label.find()) {
      return "";
    }
    return (withEntry ? label.group(1) + " " + label.group(2) : label.group(1)).strip();
  }

  /**
   * What a {@link #COUNT} question counts: of the three words after "how many", the first plural,
   * the noun that names the things ("districts" in "how many member districts …", "students" in
   * "how many newly arrived students …"), or the first two words when none is a plural; empty when
   * it has no "how many".
   */
  static Optional<String> countedThing(String question) {
    Matcher counted = COUNTED.matcher(question);
    if (!counted.find()) {
      return Optional.empty();
    }
    String[] words = counted.group(1).split("\\s+");
    return Optional.of(Arrays.stream(words).filter(Plurals::endsInPlural).findFirst()
        .orElse(words.length > 2 ? words[0] + " " + words[1] : counted.group(1)));
  }

  private static final int WORDS_AFTER = 4;
  private static final Pattern JOINED_WORD = Pattern.compile("-(\\p{L}+)\\b");
  private static final Pattern FOLLOWING_WORDS = Pattern.compile(
      "[^\\p{L}\\p{N}]*((?:[\\p{L}\\p{N}'’-]+[^\\p{L}\\p{N}.;:!?]+){0," + (WORDS_AFTER - 1) + "}[\\p{L}\\p{N}'’-]+)");
  /**
   * The label of the cell or line a value is in, a few words before a colon: "…; Coaching days
   * included: 10", "Location: Conference Center, Harrison, AR".
   */
  private static final Pattern LABEL_BEFORE = Pattern.compile("(?:^|[;\\n])\\s*(?:-\\s+)?([^;:\\n]{1,40}):([^;:\\n]*)$");
  private static final Pattern COUNTED = Pattern.compile(
      "\\bhow many\\s+(?:of\\s+(?:the|our|your|their|these|those)\\s+)?(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2})",
      Pattern.CASE_INSENSITIVE);

  private static final class Words {
    /** Whose number or address is asked: "the", "their", or a name of up to three words ("Tom Reinholt's"). */
    static final String OWNER = "(?:the|their|his|her|your|(?:\\p{L}+\\s+){0,2}\\p{L}+['’]s)";
    static final String NUMBERS =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety";
    /**
     * A street address ("410 Mill Street", "2200 Riverside Parkway", "12 N. Main St.", "100 W 3rd
     * St") by the common street types of USPS Publication 28 (appendix C1), or a post office box; a
     * year is no house number ("the 2027 Leadership Circle").
     */
    static final String STREET_ADDRESS = "(?-i:\\b(?!(?:19|20)\\d\\d\\b)\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?"
        + "(?:(?:\\p{Lu}\\p{L}*|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,4}"
        + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Court|Ct|Place|Pl|Highway|Hwy"
        + "|Circle|Cir|Terrace|Ter|Trail|Trl|Square|Sq|Pike|Route|Rte)\\b)|\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+";
    /** Month, weekday and season names, capitalised: "in May" is a time, not a place. */
    static final String CALENDAR_NAMES =
        String.join("|", TimeExpressions.monthAndWeekdayNames()) + "|Spring|Summer|Fall|Autumn|Winter";
    /**
     * A number of things: not a year ("2019", "2019-20"), money ("$20,000") or time ("2 years",
     * "three-day"), nor the day of a date ("October 1") or the end of a range of years ("2025–26").
     */
    // Not a clock time's figures ("by 3:00 p.m.").
    static final String COUNTED_NUMBER = "(?<![$\\d,.\\-–—/:])(?<!\\b(" + Words.MONTHS + ")\\.?\\s)(?!(19|20)\\d\\d\\b)"
        + "\\b(\\d{1,3}(,\\d{3})+|\\d+(-\\d+)?|" + Words.NUMBERS + "|dozens?|hundreds|thousands)\\b(?![- ]+" + Words.TIME_UNITS + ")"
        + "(?!:\\d)";
    /**
     * An amount of money, or a charge written as a share of one: "a late fee of 5%", "a 10% discount",
     * "2 percent of the invoice" (a share alone, "85% of students", is no amount).
     */
    static final String MONEY = "\\$\\s?\\d|\\bdollars?\\b"
        + "|\\b(?:fee|fees|charge|surcharge|penalty|discount)\\s+(?:is\\s+|of\\s+)?\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)"
        + "|\\b\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)\\s+(?:(?:late|annual|early|monthly)\\s+)?(?:fee|charge|surcharge|penalty|discount"
        + "|of\\s+(?:the\\s+|their\\s+|its\\s+)?(?:dues|tuition|fees?|salary|cost|invoice|total|price|amount))\\b";
    static final String TIME_UNITS = "(day|hour|week|month|year|minute|semester)s?\\b";
    /** A unit of time with the words that say which days count: "two school years", "15 consecutive school days". */
    static final String DAY_KINDS = "(school|calendar|business|working|full|consecutive|academic|fiscal|instructional"
        + "|contact|clock)";
    static final String SPAN_UNITS = "(" + DAY_KINDS + "[- ]){0,2}" + TIME_UNITS;
    /** "October 16", "Sept. 1": a month with its day. */
    static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
        + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
    static final String MONTH_AND_DAY = "\\b(" + MONTHS + ")\\b\\.?\\s*\\d";
    /** "10/16", "2026-10-16". */
    static final String DAY_IN_FIGURES = "\\b\\d{1,2}/\\d{1,2}\\b|\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b";
    static final String WEEKDAY = "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b";
    /** A day of every month: "on the 15th of the month", "the last business day of each month". */
    static final String DAY_OF_MONTH = "\\b(\\d{1,2}(st|nd|rd|th)|first|last)\\s+((business|working|school)\\s+)?(day\\s+)?"
        + "of\\s+(the|each|every)\\s+((following|next)\\s+)?month\\b";
  }
}
