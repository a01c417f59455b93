package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.text.DefaultEditorKit;
import messenger.protocol.ProtocolRules;
import net.miginfocom.swing.MigLayout;

/** Where a message is written: Enter sends, Shift+Enter starts a new line; Attach picks a file to share. */
final class Composer extends JPanel {

    static final String TEXT = "composer";
    static final String SEND_BUTTON = "send";
    static final String ATTACH_BUTTON = "attach";
    static final String PROBLEM = "composerProblem";

    private final JTextArea text = new JTextArea(2, 20);
    private final JLabel problem = Labels.problem(PROBLEM);
    private final Consumer<String> onSend;

    Composer(Consumer<String> onSend, Runnable onAttach) {
        super(new MigLayout("insets 8 12 8 12, hidemode 3, gap 8 4", "[][grow,fill][]", "[][]"));
        this.onSend = onSend;
        text.setName(TEXT);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Write a message — Enter sends, Shift+Enter adds a line");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "send");
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK),
                DefaultEditorKit.insertBreakAction);
        text.getActionMap().put("send", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                send();
            }
        });
        JButton attach = new JButton("Attach…");
        attach.setName(ATTACH_BUTTON);
        attach.setToolTipText("Share a file (or drop it onto the window)");
        attach.addActionListener(e -> onAttach.run());
        JButton send = new JButton("Send");
        send.setName(SEND_BUTTON);
        send.addActionListener(e -> send());
        JScrollPane scroll = new JScrollPane(text);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        add(attach, "aligny bottom");
        add(scroll, "hmin 40, hmax 140");
        add(send, "aligny bottom, wrap");
        add(problem, "skip 1, span 2");
    }

    JTextArea textArea() {
        return text;
    }

    private void send() {
        String message = text.getText().strip();
        if (message.isEmpty()) {
            return;
        }
        int length = ProtocolRules.characterCount(message);
        if (length > ProtocolRules.TEXT_MAX) {
            problem.setText("A message has at most " + ProtocolRules.TEXT_MAX + " characters; this one has " + length + ".");
            return;
        }
        problem.setText("");
        text.setText("");
        onSend.accept(message);
        text.requestFocusInWindow();
    }
}
