package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import messenger.client.model.EmojiGrid.Move;
import org.junit.jupiter.api.Test;

class EmojiGridTest {

    /**
     * Two categories, four to a row:
     * <pre>
     *  0  1  2  3
     *  4  5
     *  6  7  8  9
     * 10
     * </pre>
     */
    private final EmojiGrid grid = new EmojiGrid(List.of(6, 5), 4);

    @Test
    void leftAndRightRunOnThroughTheRowsAndStopAtTheEnds() {
        assertThat(grid.moved(3, Move.RIGHT)).isEqualTo(4);
        assertThat(grid.moved(6, Move.LEFT)).isEqualTo(5);
        assertThat(grid.moved(0, Move.LEFT)).isZero();
        assertThat(grid.moved(10, Move.RIGHT)).isEqualTo(10);
    }

    @Test
    void upAndDownKeepTheColumnOrTakeTheLastCellOfAShorterRow() {
        assertThat(grid.moved(1, Move.DOWN)).isEqualTo(5);
        assertThat(grid.moved(3, Move.DOWN)).as("into a shorter row").isEqualTo(5);
        assertThat(grid.moved(5, Move.DOWN)).as("into the next category").isEqualTo(7);
        assertThat(grid.moved(9, Move.DOWN)).isEqualTo(10);
        assertThat(grid.moved(8, Move.UP)).isEqualTo(5);
        assertThat(grid.moved(10, Move.UP)).isEqualTo(6);
    }

    @Test
    void upFromTheTopAndDownFromTheBottomStay() {
        assertThat(grid.moved(2, Move.UP)).isEqualTo(2);
        assertThat(grid.moved(10, Move.DOWN)).isEqualTo(10);
    }

    @Test
    void theCatalogHasAboutAHundredEmojiInAFewCategories() {
        assertThat(EmojiCatalog.CATEGORIES).hasSizeBetween(3, 8);
        assertThat(EmojiCatalog.CATEGORIES.stream().mapToInt(category -> category.emoji().size()).sum())
                .isBetween(80, 120);
        assertThat(EmojiCatalog.CATEGORIES.stream().flatMap(category -> category.emoji().stream()))
                .doesNotHaveDuplicates().allMatch(emoji -> !emoji.isBlank());
    }
}
