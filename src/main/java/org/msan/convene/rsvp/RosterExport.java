package org.msan.convene.rsvp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The roster of one event as CSV a spreadsheet opens correctly (UTF-8 with BOM, quoted, member ids
 * kept exact, formulas defused) or as JSON (ids as strings, the form for scripts).
 */
public final class RosterExport {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Text cells: always quoted. */
  private static final CSVFormat TEXT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
  /** The header, numbers and yes/no: quoted only where a value needs it, which none of these does. */
  private static final CSVFormat PLAIN = CSVFormat.RFC4180;
  private static final String CRLF = PLAIN.getRecordSeparator();
  private static final List<String> HEADER =
      List.of("event", "user_id", "name", "status", "guests", "people", "waitlisted", "note", "updated_at");

  private RosterExport() {}

  /**
   * The roster as CSV (RFC 4180 through Commons CSV: CRLF, quotes doubled): a byte order mark, so
   * Excel reads UTF-8, the header, then one row per RSVP with text cells always quoted and numbers
   * and yes/no as they are.
   */
  public static byte[] csv(List<Rsvp> roster) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(PLAIN.format(HEADER.toArray())).append(CRLF);
    for (Rsvp rsvp : roster) {
      csv.append(TEXT.format(defused(rsvp.eventId()), idText(rsvp.userId()), defused(rsvp.displayName()),
              defused(rsvp.status().code())))
          .append(',').append(PLAIN.format(rsvp.guests(), rsvp.people(), rsvp.waitlisted() ? "yes" : "no"))
          .append(',').append(TEXT.format(defused(rsvp.note()), defused(rsvp.updatedAt().toString()))).append(CRLF);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A member id as the cell {@link #csv} writes, quoted. */
  static String idCell(String id) {
    return TEXT.format(idText(id));
  }

  /**
   * A member id as text a spreadsheet keeps exact. Discord ids are 17 to 20 digits; Excel keeps 15
   * significant digits of a number, so the quoted text {@code "123456789012345678"} opens as
   * 123456789012345000 (quotes do not make a CSV cell text). A tab after the digits, inside the
   * quotes, makes Excel and LibreOffice Calc read the cell as text, digits intact; the tab is
   * invisible and any script's trim removes it. Not a leading tab, which OWASP's CSV-injection
   * advice lists among formula triggers (and {@link #defused} defuses), nor {@code ="…"}, which is a
   * formula. Ids that are not all digits (console users) are ordinary text.
   */
  private static String idText(String id) {
    return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9') ? id + "\t" : defused(id);
  }

  /**
   * Text a spreadsheet would run as a formula (OWASP: it starts with = + - @ tab or CR) with a
   * leading {@code '}. Commons CSV leaves this to its users (CSV-199, "out of scope").
   */
  private static String defused(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  public static byte[] json(List<Rsvp> roster) {
    List<Map<String, Object>> rows = roster.stream().map(rsvp -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("event", rsvp.eventId());
      row.put("user_id", rsvp.userId());
      row.put("name", rsvp.displayName());
      row.put("status", rsvp.status().code());
      row.put("guests", rsvp.guests());
      row.put("people", rsvp.people());
      row.put("waitlisted", rsvp.waitlisted());
      row.put("note", rsvp.note());
      row.put("updated_at", rsvp.updatedAt().toString());
      return row;
    }).toList();
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
