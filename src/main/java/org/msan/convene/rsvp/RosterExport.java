package org.msan.convene.rsvp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roster of one event as CSV a spreadsheet opens correctly (UTF-8 with BOM, quoted, member ids
 * kept exact, formulas defused) or as JSON (ids as strings, the form for scripts).
 */
public final class RosterExport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HEADER =
      List.of("event", "user_id", "name", "status", "guests", "people", "waitlisted", "note", "updated_at");

  private RosterExport() {}

  public static byte[] csv(List<Rsvp> roster) {
    StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
    for (Rsvp rsvp : roster) {
      csv.append(String.join(",", List.of(cell(rsvp.eventId()), idCell(rsvp.userId()), cell(rsvp.displayName()),
          cell(rsvp.status().code()), String.valueOf(rsvp.guests()), String.valueOf(rsvp.people()),
          rsvp.waitlisted() ? "yes" : "no", cell(rsvp.note()), cell(rsvp.updatedAt().toString())))).append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A member id as a cell a spreadsheet keeps exact. Discord ids are 17 to 20 digits; Excel keeps 15
   * significant digits of a number, so the quoted text {@code "123456789012345678"} opens as
   * 123456789012345000 (quotes do not make a CSV cell text). A tab after the digits, inside the
   * quotes, makes Excel and LibreOffice Calc read the cell as text, digits intact; the tab is
   * invisible and any script's trim removes it. Not a leading tab, which OWASP's CSV-injection
   * advice lists among formula triggers (and {@link #cell} defuses), nor {@code ="…"}, which is a
   * formula. Ids that are not all digits (console users) are ordinary text cells.
   */
  static String idCell(String id) {
    return !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9') ? "\"" + id + "\t\"" : cell(id);
  }

  /** Quotes every text cell, and defuses cells a spreadsheet would run as a formula (OWASP: = + - @ tab CR). */
  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
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
