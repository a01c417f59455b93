package messenger.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells as aligned lines: each column as wide as its widest cell, two spaces between, no trailing ones; a
 * column empty in every row is left out.
 */
final class Table {

    private Table() {
    }

    static List<String> lines(List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                int width = width(row.get(column));
                if (column == widths.size()) {
                    widths.add(width);
                } else {
                    widths.set(column, Math.max(widths.get(column), width));
                }
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.size(); column++) {
                String cell = row.get(column);
                if (widths.get(column) > 0) {
                    line.append(cell).append(" ".repeat(widths.get(column) - width(cell) + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Characters as a terminal counts them, near enough: code points, so an emoji or accent counts once. */
    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
