package messenger.client.view;

import java.util.Arrays;

/**
 * The heights of a list's rows, each measured or not yet, and where each row starts. A row not measured
 * counts with the average of those that are. Where rows start is summed again only after a change, so
 * scrolling through rows already measured costs a binary search.
 */
final class RowHeights {

    private static final int UNMEASURED = -1;
    private static final int FIRST_GUESS = 48;

    private final int gap;
    private int[] heights = new int[64];
    private int size;
    private long measuredSum;
    private int measuredCount;
    /** tops[i] is where row i starts, tops[size] where a next row would; null after a change. */
    private int[] tops;

    /** {@code gap} lies between two rows. */
    RowHeights(int gap) {
        this.gap = gap;
    }

    int size() {
        return size;
    }

    void insert(int index, int count) {
        if (size + count > heights.length) {
            heights = Arrays.copyOf(heights, Math.max(size + count, heights.length * 2));
        }
        System.arraycopy(heights, index, heights, index + count, size - index);
        Arrays.fill(heights, index, index + count, UNMEASURED);
        size += count;
        tops = null;
    }

    void remove(int index) {
        forget(index);
        System.arraycopy(heights, index + 1, heights, index, size - index - 1);
        size--;
        tops = null;
    }

    void clear() {
        size = 0;
        forgetAll();
    }

    /** The row changed: it is measured again when it is next in view. */
    void forget(int index) {
        if (heights[index] != UNMEASURED) {
            measuredSum -= heights[index];
            measuredCount--;
            heights[index] = UNMEASURED;
            tops = null;
        }
    }

    /** Every row is measured again (the width changed). */
    void forgetAll() {
        Arrays.fill(heights, 0, size, UNMEASURED);
        measuredSum = 0;
        measuredCount = 0;
        tops = null;
    }

    boolean isMeasured(int index) {
        return heights[index] != UNMEASURED;
    }

    /** The row's measured height, or the average of those measured. */
    int get(int index) {
        return heights[index] != UNMEASURED ? heights[index] : guess();
    }

    void set(int index, int height) {
        forget(index);
        heights[index] = height;
        measuredSum += height;
        measuredCount++;
        tops = null;
    }

    /** Where row {@code index} starts, counted from the top of the first row. */
    int top(int index) {
        return tops()[index];
    }

    /** The rows with the gaps between them. */
    int total() {
        return size == 0 ? 0 : tops()[size] - gap;
    }

    /** The first row whose bottom lies below {@code y}, or {@link #size()} when none does. */
    int indexAt(int y) {
        int[] starts = tops();
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] + get(middle) > y) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private int guess() {
        return measuredCount == 0 ? FIRST_GUESS : (int) (measuredSum / measuredCount);
    }

    private int[] tops() {
        if (tops == null) {
            tops = new int[size + 1];
            int guess = guess();
            for (int i = 0; i < size; i++) {
                tops[i + 1] = tops[i] + (heights[i] != UNMEASURED ? heights[i] : guess) + gap;
            }
        }
        return tops;
    }
}
