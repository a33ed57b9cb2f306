package org.msan.convene.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.msan.convene.events.EventTime;

/**
 * Reads the general English time expressions of a question, relative to today: today, tomorrow,
 * this/next/last week and month, a day ("December 22"), a month with or without a year, a year
 * ("in 2027"), a school year (August to July), next/last/upcoming, before/after an event, and a
 * time zone asked for ("in New York time"). What it reads is blanked out of the question, so the
 * words left say which event is meant. Nothing here knows a calendar: the month named without a
 * year is resolved by the caller against the loaded events.
 */
final class TimeExpressions {

  enum Direction { NEXT, LAST, FIRST, UPCOMING, NONE }

  enum Relation { BEFORE, AFTER }

  /**
   * A span of days, both ends included.
   *
   * @param label how a member reads it: "this week (November 30 – December 6)", "2027"
   */
  record Window(LocalDate first, LocalDate last, String label) {

    /** "On Wednesday, December 9, 2026:", "This week (…):", "In March 2027:". */
    String heading() {
      if (first.equals(last) && !Character.isLowerCase(label.charAt(0))) {
        return "On " + label + ":";
      }
      return Character.isLowerCase(label.charAt(0)) && !label.startsWith("the ")
          ? Character.toUpperCase(label.charAt(0)) + label.substring(1) + ":"
          : "In " + label + ":";
    }
  }

  /**
   * What a question says about time.
   *
   * @param window the days asked about, or null
   * @param bareMonth a month named without a year, or null (its year comes from the calendar)
   * @param relation before/after an event named in {@code relatedText}, or null
   * @param zone the zone times are wanted in, or null
   * @param asksCalendar the question asks what is on ("what's on", "anything", "the schedule")
   * @param rest the question with every time expression blanked
   */
  record Reading(Window window, Month bareMonth, Direction direction, Relation relation, String relatedText,
      ZoneId zone, boolean asksCalendar, String rest) {

    boolean aboutTime() {
      return window != null || bareMonth != null || direction != Direction.NONE || relation != null;
    }
  }

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
  private static final String MONTHS = "january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
      + "september|sept|sep|october|oct|november|nov|december|dec";

  private static final Pattern ZONE_IN = Pattern.compile(
      "\\b(?:in|into|for)\\s+(?:the\\s+)?([a-z][a-z .'-]{1,30}?)\\s+time\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ASKS_TIME = Pattern.compile("\\b(time|when|start|starts|begin|begins|o'?clock)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
  /** "… for someone in New York?": a place at the end of the question. */
  private static final Pattern ZONE_AT_END = Pattern.compile(
      "\\bin\\s+([a-z][a-z .'-]{1,30}?)\\s*[?.!]*\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATION = Pattern.compile(
      "\\b(after|following|before|prior to|leading up to|ahead of)\\b\\s+(?:the\\s+)?([^,;?]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHOOL_YEAR = Pattern.compile(
      "\\b(this|next|last|of the|the)\\s+(school\\s+)?year'?s?\\b"
          // "for 2026-27" as "for 2027": the preposition is the time's, not a question's "who is it for".
          + "|\\b(?:(?:in|during|for)\\s+)?((?:19|20)\\d\\d)\\s*[-–/]\\s*((?:19|20)?\\d\\d)\\b(?:\\s+(?:school\\s+)?year'?s?\\b)?",
      Pattern.CASE_INSENSITIVE);
  /** "in the spring", "this fall": a season of the northern school year, ended by the question or "and". */
  private static final Pattern SEASON = Pattern.compile(
      "\\b(in the|this|next|last|during the)\\s+(spring|summer|fall|autumn|winter)\\b(?=\\s*([?.!,]|$|and\\b|or\\b))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_OF_MONTH = Pattern.compile(
      "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*((?:19|20)\\d\\d))?"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b(?:,?\\s*((?:19|20)\\d\\d))?",
      Pattern.CASE_INSENSITIVE);
  /** "on the 15th": a day of the month named alone, by its ordinal. */
  private static final Pattern ORDINAL_DAY = Pattern.compile("\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME = Pattern.compile(
      "\\b(" + MONTHS + ")\\b\\.?(?:\\s*,?\\s*((?:19|20)\\d\\d))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(?:in |during |for )?((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(today|tonight|tomorrow|yesterday|this weekend|next weekend|(this|next|last|coming) (week|month))\\b",
      Pattern.CASE_INSENSITIVE);
  /** "on Tuesdays": a weekday said of a series tells no window. */
  private static final Pattern WEEKDAYS = Pattern.compile(
      "\\b(on\\s+)?(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST = Pattern.compile("\\b(first|earliest|opening)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEXT = Pattern.compile("\\b(next|soonest|nearest)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST = Pattern.compile(
      "\\b(last|previous|most recent|recent|recently|latest|past|already)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPCOMING = Pattern.compile(
      // "The rest of the year": the school year may have been read first, "of the year" with it,
      // where blanks are left; "a rest break" is no time.
      "\\b(upcoming|coming up|soon|future|remaining|ahead|still to come|(?:rest|remainder)(?:\\s+of|(?=\\s{2,})))\\b"
          // "the coming weeks", not "who is coming?" or "how many are coming to the kick-off?", which ask who attends.
          + "|\\bcoming\\b(?!\\s+to\\b)(?<!\\b(?:who|whos|who's|who’s|many|people|ppl|anyone|everyone|everybody)\\s(?:is\\s|are\\s)?coming)"
          // "What's left in 2025?", "anything left this month?": the places left of an event are a field.
          + "|\\b(what'?s|whats|what is|anything|what else is)\\s+(still\\s+)?left\\b"
          // "Which convenings are still left this year?", but not "how many seats are left?" nor
          // "what spots are left": only the words "are left" are the time's, not the events named before.
          + "|(?<=\\b(?:what|which)\\b[^?]{0,60})(?<!\\b(?:spots?|seats?|places?|rooms?|space|spaces)\\s{1,3})"
          + "\\b(are|is)\\s+(still\\s+)?left\\b",
      Pattern.CASE_INSENSITIVE);
  /** Asks for the calendar without a direction: upcoming on its own, the whole window with one ("in 2026"). */
  private static final Pattern CALENDAR = Pattern.compile(
      "\\b(what'?s on|whats on|what is on|what'?s happening|what is happening|going on|anything|something|planned|"
          + "scheduled|schedule|calendar)\\b", Pattern.CASE_INSENSITIVE);

  private static final Map<Direction, Pattern> DIRECTIONS = directions();

  private static Map<Direction, Pattern> directions() {
    Map<Direction, Pattern> directions = new java.util.LinkedHashMap<>();
    directions.put(Direction.FIRST, FIRST);
    directions.put(Direction.NEXT, NEXT);
    directions.put(Direction.LAST, LAST);
    directions.put(Direction.UPCOMING, UPCOMING);
    return directions;
  }

  /** The US zones by the names members say; anything else is matched to a zone's city ("New York"). */
  private static final Map<String, String> REGIONS = Map.of(
      "eastern", "America/New_York", "central", "America/Chicago", "mountain", "America/Denver",
      "pacific", "America/Los_Angeles", "alaska", "America/Anchorage", "hawaii", "Pacific/Honolulu",
      "utc", "UTC", "gmt", "UTC");

  private TimeExpressions() {}

  static Reading read(String question, LocalDate today) {
    return read(question, today, List.of());
  }

  /**
   * @param names spans of the question ({@code [start, end)}, in chars) that name an event, where
   *     no time is read: "the year in review forum" is a title, not this school year
   */
  static Reading read(String question, LocalDate today, List<int[]> names) {
    return read(question, today, names, true);
  }

  /**
   * @param names spans of the question ({@code [start, end)}, in chars) that name an event, where
   *     no time is read
   * @param relations whether "after …"/"before …" is read as relative to what follows; false when
   *     what follows is no event or time ("who looks after the money")
   */
  static Reading read(String question, LocalDate today, List<int[]> names, boolean relations) {
    StringBuilder rest = new StringBuilder(question);
    // Masked by a character no pattern matches, and given back at the end where nothing was read.
    for (int[] name : names) {
      for (int i = name[0]; i < name[1]; i++) {
        rest.setCharAt(i, MASK);
      }
    }
    ZoneId zone = null;
    // "… for someone in New York?" names a zone only when a time is asked; "events in Chicago" asks a place.
    List<Pattern> zonePatterns = ASKS_TIME.matcher(question).find() ? List.of(ZONE_IN, ZONE_AT_END) : List.of(ZONE_IN);
    for (Pattern pattern : zonePatterns) {
      Matcher zoneIn = pattern.matcher(rest);
      // Every start is tried: in "for the webinar in Chicago time" the zone is the last words.
      for (int from = 0; zone == null && from < rest.length() && zoneIn.find(from); from = zoneIn.start() + 1) {
        Optional<ZoneId> named = zone(zoneIn.group(1));
        if (named.isPresent()) {
          zone = named.get();
          blank(rest, zoneIn.start(), zoneIn.end());
        }
      }
    }
    Relation relation = null;
    String related = null;
    Matcher relationMatch = RELATION.matcher(rest);
    if (relations && relationMatch.find()) {
      relation = relationMatch.group(1).toLowerCase(Locale.ROOT).matches("after|following") ? Relation.AFTER : Relation.BEFORE;
      related = unmask(relationMatch.group(2), relationMatch.start(2), question);
      blank(rest, relationMatch.start(), relationMatch.end());
    }
    Window window = null;
    Month bareMonth = null;
    Matcher relative = RELATIVE.matcher(rest);
    Matcher iso = ISO_DATE.matcher(rest);
    Matcher schoolYear = SCHOOL_YEAR.matcher(rest);
    Matcher day = DAY_OF_MONTH.matcher(rest);
    Matcher season = SEASON.matcher(rest);
    Matcher ordinal = ORDINAL_DAY.matcher(rest);
    if (relative.find()) {
      window = relative(relative.group(1).toLowerCase(Locale.ROOT), today);
      blank(rest, relative.start(), relative.end());
    } else if (iso.find() && isoDate(iso).isPresent()) {
      LocalDate date = isoDate(iso).get();
      window = new Window(date, date, FULL_DAY.format(date) + ", " + date.getYear());
      blank(rest, iso.start(), iso.end());
    } else if (schoolYear.find() && (schoolYear.group(3) != null && followsYear(schoolYear)
        || schoolYear.group(1) != null && !schoolYear.group(1).equalsIgnoreCase("the"))) {
      window = schoolYear(schoolYear, today);
      blank(rest, schoolYear.start(), schoolYear.end());
    } else if (season.find()) {
      window = season(season.group(1).toLowerCase(Locale.ROOT), season.group(2).toLowerCase(Locale.ROOT), today);
      blank(rest, season.start(), season.end());
    } else if (day.find() && dayOf(day, today).isPresent()) {
      LocalDate date = dayOf(day, today).get();
      window = new Window(date, date, FULL_DAY.format(date) + ", " + date.getYear());
      blank(rest, day.start(), day.end());
    } else if (ordinal.find() && ordinalDay(Integer.parseInt(ordinal.group(1)), today).isPresent()) {
      LocalDate date = ordinalDay(Integer.parseInt(ordinal.group(1)), today).get();
      window = new Window(date, date, FULL_DAY.format(date) + ", " + date.getYear());
      blank(rest, ordinal.start(), ordinal.end());
    } else {
      Optional<Matcher> month = monthName(rest);
      if (month.isPresent()) {
        Month named = parseMonth(month.get().group(1));
        if (month.get().group(2) != null) {
          YearMonth ym = YearMonth.of(Integer.parseInt(month.get().group(2)), named);
          window = new Window(ym.atDay(1), ym.atEndOfMonth(), EventTime.monthName(ym));
        } else {
          bareMonth = named;
        }
        blank(rest, month.get().start(), month.get().end());
      } else {
        Matcher year = YEAR.matcher(rest);
        if (year.find()) {
          int y = Integer.parseInt(year.group(1));
          window = new Window(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.valueOf(y));
          blank(rest, year.start(), year.end());
        }
      }
    }
    Matcher weekday = WEEKDAYS.matcher(rest);
    while (weekday.find()) {
      blank(rest, weekday.start(), weekday.end());
    }
    Direction direction = direction(rest);
    Matcher calendar = CALENDAR.matcher(rest);
    boolean asksCalendar = false;
    while (calendar.find()) {
      blank(rest, calendar.start(), calendar.end());
      asksCalendar = true;
    }
    if (asksCalendar && direction == Direction.NONE && window == null && bareMonth == null) {
      direction = Direction.UPCOMING;
    }
    return new Reading(window, bareMonth, direction, relation, related, zone, asksCalendar,
        unmask(rest.toString(), 0, question));
  }

  /** The first direction word found, in this order: "the first … next week" is about the first. */
  private static Direction direction(StringBuilder rest) {
    for (Map.Entry<Direction, Pattern> words : DIRECTIONS.entrySet()) {
      Matcher found = words.getValue().matcher(rest);
      if (found.find()) {
        // Every word of that direction is read: "upcoming … for the remainder of the year".
        List<MatchResult> said = found.reset().results().toList();
        said.forEach(word -> blank(rest, word.start(), word.end()));
        return words.getKey();
      }
    }
    return Direction.NONE;
  }

  private static Window relative(String words, LocalDate today) {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    YearMonth month = YearMonth.from(today);
    return switch (words) {
      case "today", "tonight" -> new Window(today, today, "today (" + FULL_DAY.format(today) + ")");
      case "tomorrow" -> new Window(today.plusDays(1), today.plusDays(1), "tomorrow (" + FULL_DAY.format(today.plusDays(1)) + ")");
      case "yesterday" -> new Window(today.minusDays(1), today.minusDays(1), "yesterday (" + FULL_DAY.format(today.minusDays(1)) + ")");
      case "this weekend" -> week("this weekend", monday.plusDays(5), monday.plusDays(6));
      case "next weekend" -> week("next weekend", monday.plusDays(12), monday.plusDays(13));
      // Asked on a weekend, "this week" is the working week ahead as much as the day or two left.
      case "this week" -> week("this week", today, today.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0
          ? monday.plusWeeks(1).plusDays(6) : monday.plusDays(6));
      case "next week", "coming week" -> week("next week", monday.plusWeeks(1), monday.plusWeeks(1).plusDays(6));
      case "last week" -> week("last week", monday.minusWeeks(1), monday.minusDays(1));
      case "this month" -> month(month);
      case "next month", "coming month" -> month(month.plusMonths(1));
      case "last month" -> month(month.minusMonths(1));
      default -> throw new IllegalArgumentException(words);
    };
  }

  private static Window week(String name, LocalDate first, LocalDate last) {
    return new Window(first, last, name + " (" + MONTH_DAY.format(first) + " – " + MONTH_DAY.format(last) + ")");
  }

  private static Window month(YearMonth month) {
    return new Window(month.atDay(1), month.atEndOfMonth(), EventTime.monthName(month));
  }

  /**
   * Spring is March to May, summer June to August, fall September to November, winter December to
   * February; "in the spring" is the next one not over, "last spring" the one before it.
   */
  private static Window season(String which, String name, LocalDate today) {
    int firstMonth = switch (name) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "fall", "autumn" -> 9;
      default -> 12;
    };
    LocalDate first = LocalDate.of(today.getYear(), firstMonth, 1);
    if (first.plusMonths(3).isBefore(today.withDayOfMonth(1).plusDays(1))) {
      first = first.plusYears(1);
    }
    if (firstMonth == 12 && today.getMonthValue() <= 2) {
      first = LocalDate.of(today.getYear() - 1, 12, 1);
    }
    if (which.equals("next") && !first.isAfter(today)) {
      first = first.plusYears(1);
    } else if (which.equals("last")) {
      first = first.minusYears(1);
    }
    LocalDate last = first.plusMonths(3).minusDays(1);
    String label = name + " " + (firstMonth == 12 ? first.getYear() + "-" + String.valueOf(first.getYear() + 1).substring(2)
        : String.valueOf(first.getYear()));
    return new Window(first, last, "the " + label + " (" + MONTH_DAY.format(first) + " – " + MONTH_DAY.format(last) + ")");
  }

  private static Optional<LocalDate> isoDate(Matcher match) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
          Integer.parseInt(match.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "2026-27" and "2026-2027" are school years; "2026-12" is not. */
  private static boolean followsYear(Matcher match) {
    int first = Integer.parseInt(match.group(3));
    String second = match.group(4);
    int next = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    return next == first + 1;
  }

  /** A school year runs from August 1 to July 31: "this school year", "2026-27". */
  private static Window schoolYear(Matcher match, LocalDate today) {
    int startYear;
    if (match.group(3) != null) {
      startYear = Integer.parseInt(match.group(3));
    } else {
      int current = YearsNamed.schoolYearOf(today);
      String which = match.group(1).toLowerCase(Locale.ROOT);
      startYear = which.equals("next") ? current + 1 : which.equals("last") ? current - 1 : current;
    }
    String label = "the " + startYear + "-" + String.valueOf(startYear + 1).substring(2) + " school year";
    return new Window(LocalDate.of(startYear, 8, 1), LocalDate.of(startYear + 1, 7, 31), label);
  }

  /** A day of a month; without a year, the next such day from today (a day just past stays this year's). */
  private static Optional<LocalDate> dayOf(Matcher match, LocalDate today) {
    String monthWord = match.group(1) != null ? match.group(1) : match.group(5);
    String dayWord = match.group(2) != null ? match.group(2) : match.group(4);
    String yearWord = match.group(1) != null ? match.group(3) : match.group(6);
    Month month = parseMonth(monthWord);
    int dayOfMonth = Integer.parseInt(dayWord);
    if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
      return Optional.empty();
    }
    if (yearWord != null) {
      int year = Integer.parseInt(yearWord);
      return dayOfMonth <= YearMonth.of(year, month).lengthOfMonth()
          ? Optional.of(LocalDate.of(year, month, dayOfMonth)) : Optional.empty();
    }
    LocalDate thisYear = LocalDate.of(today.getYear(), month, Math.min(dayOfMonth, YearMonth.of(today.getYear(), month).lengthOfMonth()));
    return Optional.of(thisYear.isBefore(today.minusMonths(2)) ? thisYear.plusYears(1) : thisYear);
  }

  /**
   * The day of that number nearest today, this month's, last month's or next month's ("on the
   * 15th", asked on the 10th, is in five days; asked on the 28th, "on the 3rd" is next month's).
   */
  private static Optional<LocalDate> ordinalDay(int dayOfMonth, LocalDate today) {
    YearMonth month = YearMonth.from(today);
    return Stream.of(month.minusMonths(1), month, month.plusMonths(1))
        .filter(candidate -> dayOfMonth >= 1 && dayOfMonth <= candidate.lengthOfMonth())
        .map(candidate -> candidate.atDay(dayOfMonth))
        .min(Comparator.comparingLong(date -> Math.abs(date.toEpochDay() - today.toEpochDay())));
  }

  /** "May" and "March" are also ordinary words: only a capitalised one, or one with a year, is a month. */
  private static Optional<Matcher> monthName(CharSequence question) {
    Matcher matcher = MONTH_NAME.matcher(question);
    while (matcher.find()) {
      String word = matcher.group(1);
      boolean ambiguous = word.toLowerCase(Locale.ROOT).matches("may|mar|march");
      boolean capitalised = Character.isUpperCase(word.charAt(0)) && matcher.start() > 0;
      if (!ambiguous || matcher.group(2) != null || capitalised || endsQuestion(question, matcher.end())) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }

  /** "what's on in march?": a month word right before the end of the question is the month. */
  private static boolean endsQuestion(CharSequence question, int end) {
    return question.subSequence(end, question.length()).toString().matches("\\s*[?.!]*\\s*")
        && question.subSequence(0, end).toString().matches("(?is).*\\b(in|during|for|of)\\s+\\w+$");
  }

  /** The months' and weekdays' full English names, capitalised ("January", "Monday"), from java.time. */
  static List<String> monthAndWeekdayNames() {
    return Stream.concat(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, Locale.US)),
        Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.FULL, Locale.US))).toList();
  }

  static Month parseMonth(String word) {
    String prefix = word.toLowerCase(Locale.ROOT).substring(0, 3);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return month;
      }
    }
    throw new IllegalArgumentException(word);
  }

  /** A zone by the name a member gives it: "Eastern", "New York", "America/Denver", "UTC". */
  static Optional<ZoneId> zone(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\b(standard|daylight)\\b", "").replaceAll("\\s+", " ").strip();
    if (REGIONS.containsKey(key)) {
      return Optional.of(ZoneId.of(REGIONS.get(key)));
    }
    Function<String, String> city = id -> id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
        .filter(id -> city.apply(id).equals(key) || id.equalsIgnoreCase(key))
        .sorted()
        .findFirst()
        .map(ZoneId::of);
  }

  /** Stands in for a character of an event's name while times are read: not a letter, digit or space. */
  private static final char MASK = '\uFFFC';

  /** The text read from {@code offset} of {@code question}, with its masked characters given back. */
  private static String unmask(String text, int offset, String question) {
    StringBuilder given = new StringBuilder(text);
    for (int i = 0; i < given.length(); i++) {
      if (given.charAt(i) == MASK) {
        given.setCharAt(i, question.charAt(offset + i));
      }
    }
    return given.toString();
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
