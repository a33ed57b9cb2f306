package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as answers quote it: each row one list item, every cell with its column's header,
 * "- Convening: Winter session; Month: January; Host city: Madison". A row is then a sentence
 * that says what each of its cells is.
 */
final class TableRows {

  private TableRows() {}

  /** @param rows the table's rows of cell texts; the first is taken as the header when there are others */
  static List<String> lines(List<List<String>> rows) {
    List<List<String>> cleaned = rows.stream()
        .map(row -> row.stream().map(cell -> cell.replaceAll("\\s+", " ").strip()).toList())
        .filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty()))
        .toList();
    if (cleaned.isEmpty()) {
      return List.of();
    }
    List<String> header = cleaned.size() > 1 ? cleaned.get(0) : List.of();
    List<String> lines = new ArrayList<>();
    for (List<String> row : cleaned.subList(header.isEmpty() ? 0 : 1, cleaned.size())) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        if (cell.isEmpty()) {
          continue;
        }
        String name = i < header.size() ? header.get(i) : "";
        cells.add(name.isEmpty() || name.equalsIgnoreCase(cell) ? cell : name + ": " + cell);
      }
      lines.add("- " + String.join("; ", cells));
    }
    return lines;
  }
}
