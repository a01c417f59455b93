package messenger.client.view;

import javax.swing.text.AbstractDocument;
import javax.swing.text.Element;
import javax.swing.text.LabelView;
import javax.swing.text.StyledEditorKit;
import javax.swing.text.ViewFactory;

/**
 * Styled text that wraps a word longer than the line, as a text area does, instead of running past the
 * edge: a run of text claims no minimum width, so a line may break inside it.
 */
final class WrappingEditorKit extends StyledEditorKit {

    private final ViewFactory styled = super.getViewFactory();
    private final ViewFactory wrapping = element -> AbstractDocument.ContentElementName.equals(element.getName())
            ? new BreakableRun(element) : styled.create(element);

    @Override
    public ViewFactory getViewFactory() {
        return wrapping;
    }

    private static final class BreakableRun extends LabelView {
        BreakableRun(Element element) {
            super(element);
        }

        @Override
        public float getMinimumSpan(int axis) {
            return axis == X_AXIS ? 0 : super.getMinimumSpan(axis);
        }
    }
}
