package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import messenger.client.model.LoginForm;
import messenger.client.model.LoginForm.Field;
import messenger.client.net.Accounts;
import messenger.client.net.Device;
import messenger.client.net.Problems;
import messenger.protocol.client.MessengerException;
import net.miginfocom.swing.MigLayout;

/**
 * Sign in, or create an account and be signed in. The form is checked against the contract's rules before
 * anything is sent; the server's answer, if it is a refusal, appears under the form in plain words.
 */
public final class LoginScreen extends JPanel {

    public static final String SERVER_FIELD = "server";
    public static final String LOGIN_FIELD = "login";
    public static final String PASSWORD_FIELD = "password";
    public static final String CONFIRMATION_FIELD = "confirmation";
    public static final String SUBMIT_BUTTON = "submit";
    public static final String SWITCH_MODE_BUTTON = "switchMode";
    public static final String FORM_PROBLEM = "formProblem";
    public static final String NOTICE = "notice";

    /** The label under each field that explains what is wrong with it, named "{field}Problem". */
    public static String problemLabelName(Field field) {
        return switch (field) {
            case SERVER -> SERVER_FIELD + "Problem";
            case LOGIN -> LOGIN_FIELD + "Problem";
            case PASSWORD -> PASSWORD_FIELD + "Problem";
            case CONFIRMATION -> CONFIRMATION_FIELD + "Problem";
        };
    }

    /** What a successful sign-in hands on: the device and the server address as the user wrote it. */
    public interface SignedIn {
        void signedIn(Device device, String serverText);
    }

    private final JTextField server = new JTextField(22);
    private final JTextField login = new JTextField(22);
    private final JPasswordField password = new JPasswordField(22);
    private final JPasswordField confirmation = new JPasswordField(22);
    private final JLabel confirmationLabel = new JLabel("Repeat password");
    private final JButton submit = new JButton();
    private final JButton switchMode = new JButton();
    private final JLabel title = new JLabel();
    private final JLabel formProblem = Labels.problem(FORM_PROBLEM);
    private final JLabel progress = new JLabel();
    private final Map<Field, JLabel> problemLabels = new EnumMap<>(Field.class);
    private final Map<Field, JTextComponent> fields = new EnumMap<>(Field.class);
    private final SignedIn onSignedIn;
    private boolean creatingAccount;
    private boolean checkAsYouType;

    public LoginScreen(String serverText, String lastLogin, String notice, SignedIn onSignedIn) {
        super(new MigLayout("fill, insets dialog", "[center]", "[center]"));
        this.onSignedIn = onSignedIn;
        server.setText(serverText);
        login.setText(lastLogin);
        fields.put(Field.SERVER, server);
        fields.put(Field.LOGIN, login);
        fields.put(Field.PASSWORD, password);
        fields.put(Field.CONFIRMATION, confirmation);
        server.setName(SERVER_FIELD);
        login.setName(LOGIN_FIELD);
        password.setName(PASSWORD_FIELD);
        confirmation.setName(CONFIRMATION_FIELD);
        submit.setName(SUBMIT_BUTTON);
        switchMode.setName(SWITCH_MODE_BUTTON);
        server.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "host:port");
        switchMode.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.6f));

        JPanel form = new JPanel(new MigLayout("wrap 2, insets 24, hidemode 3, gapy 2", "[right][grow,fill,260::]"));
        form.putClientProperty(FlatClientProperties.STYLE, "arc: 16; background: lighten($Panel.background, 3%)");
        form.add(title, "span 2, center, gapbottom 16");
        addField(form, "Server", Field.SERVER);
        addField(form, "Login", Field.LOGIN);
        addField(form, "Password", Field.PASSWORD);
        form.add(confirmationLabel);
        form.add(confirmation);
        problemLabels.put(Field.CONFIRMATION, Labels.problem(problemLabelName(Field.CONFIRMATION)));
        form.add(problemLabels.get(Field.CONFIRMATION), "skip 1");
        form.add(formProblem, "span 2, growx, gaptop 8");
        form.add(submit, "span 2, growx, gaptop 12");
        form.add(switchMode, "span 2, center");
        form.add(progress, "span 2, center");
        if (notice != null) {
            JLabel noticeLabel = new JLabel("<html><div style='width:260px'>" + Labels.escape(notice) + "</div></html>");
            noticeLabel.setName(NOTICE);
            form.add(noticeLabel, "span 2, growx, gaptop 8");
        }
        add(form);

        submit.addActionListener(e -> submit());
        switchMode.addActionListener(e -> setCreatingAccount(!creatingAccount));
        fields.values().forEach(field -> field.getDocument().addDocumentListener(new RecheckOnEdit()));
        setCreatingAccount(false);
    }

    /** Where typing starts: the login, or the password when the login is remembered. */
    public JComponent firstFocus() {
        return login.getText().isEmpty() ? login : password;
    }

    /** Enter anywhere in the form submits it. */
    public JButton defaultButton() {
        return submit;
    }

    private void addField(JPanel form, String label, Field field) {
        JLabel problem = Labels.problem(problemLabelName(field));
        problemLabels.put(field, problem);
        form.add(new JLabel(label));
        form.add(fields.get(field));
        form.add(problem, "skip 1");
    }

    private void setCreatingAccount(boolean value) {
        creatingAccount = value;
        title.setText(value ? "Create an account" : "Sign in to Messenger");
        submit.setText(value ? "Create account" : "Sign in");
        switchMode.setText(value ? "I already have an account" : "Create an account");
        confirmationLabel.setVisible(value);
        confirmation.setVisible(value);
        confirmation.setText("");
        formProblem.setText("");
        showProblems(form().problems());
        revalidate();
        repaint();
    }

    private LoginForm form() {
        return new LoginForm(server.getText(), login.getText().strip(), new String(password.getPassword()),
                creatingAccount ? new String(confirmation.getPassword()) : null);
    }

    private void submit() {
        checkAsYouType = true;
        LoginForm form = form();
        Map<Field, String> problems = form.problems();
        showProblems(problems);
        formProblem.setText("");
        if (!problems.isEmpty()) {
            fields.get(problems.keySet().iterator().next()).requestFocusInWindow();
            return;
        }
        setBusy(true);
        boolean create = creatingAccount;
        Background.run(
                () -> create ? Accounts.createAccount(form.address(), form.login(), form.password())
                        : Accounts.signIn(form.address(), form.login(), form.password()),
                device -> onSignedIn.signedIn(device, form.server().strip()),
                this::showFailure);
    }

    private void showFailure(Throwable failure) {
        setBusy(false);
        String text = Problems.describe(failure);
        JLabel target = formProblem;
        if (failure instanceof MessengerException error) {
            target = switch (error.code()) {
                case LOGIN_TAKEN, INVALID_LOGIN -> problemLabels.get(Field.LOGIN);
                case WEAK_PASSWORD -> problemLabels.get(Field.PASSWORD);
                default -> formProblem;
            };
        }
        target.setText(text);
    }

    private void setBusy(boolean busy) {
        fields.values().forEach(field -> field.setEnabled(!busy));
        submit.setEnabled(!busy);
        switchMode.setEnabled(!busy);
        progress.setText(busy ? (creatingAccount ? "Creating the account…" : "Signing in…") : "");
    }

    /** Shows the given problems; before the first submit only clears the ones the user has fixed. */
    private void showProblems(Map<Field, String> problems) {
        problemLabels.forEach((field, label) -> {
            String problem = problems.get(field);
            if (problem == null || checkAsYouType) {
                label.setText(problem == null ? "" : problem);
            }
            fields.get(field).putClientProperty(FlatClientProperties.OUTLINE,
                    problem != null && checkAsYouType ? FlatClientProperties.OUTLINE_ERROR : null);
        });
    }

    private final class RecheckOnEdit implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent e) {
            showProblems(form().problems());
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            showProblems(form().problems());
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
            showProblems(form().problems());
        }
    }
}
