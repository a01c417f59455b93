package messenger.client.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the arrow keys lead in a grid of categories laid out one under another, each in rows of the same
 * number of columns (its last row maybe shorter). Cells are numbered through all categories in order.
 */
public final class EmojiGrid {

    public enum Move { LEFT, RIGHT, UP, DOWN }

    /** A row of the grid: its first cell and how many cells it has. */
    private record Row(int first, int length) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final int size;

    /** {@code categorySizes} cells in each category, laid out {@code columns} to a row. */
    public EmojiGrid(List<Integer> categorySizes, int columns) {
        int cell = 0;
        for (int categorySize : categorySizes) {
            for (int start = 0; start < categorySize; start += columns) {
                rows.add(new Row(cell + start, Math.min(columns, categorySize - start)));
            }
            cell += categorySize;
        }
        size = cell;
    }

    /**
     * The cell {@code move} leads to from {@code cell}: left and right run on through the rows, up and down
     * keep the column where the next row has it and take that row's last cell where it is shorter. At the
     * edges of the grid the cell stays.
     */
    public int moved(int cell, Move move) {
        return switch (move) {
            case LEFT -> Math.max(0, cell - 1);
            case RIGHT -> Math.min(size - 1, cell + 1);
            case UP -> inRow(rowOf(cell) - 1, cell);
            case DOWN -> inRow(rowOf(cell) + 1, cell);
        };
    }

    private int inRow(int target, int from) {
        if (target < 0 || target >= rows.size()) {
            return from;
        }
        Row row = rows.get(target);
        return row.first() + Math.min(from - rows.get(rowOf(from)).first(), row.length() - 1);
    }

    private int rowOf(int cell) {
        int index = 0;
        while (index + 1 < rows.size() && rows.get(index + 1).first() <= cell) {
            index++;
        }
        return index;
    }
}
