package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Font;
import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.text.JTextComponent;
import messenger.client.controller.SignInController;
import messenger.client.controller.SignInController.Refusal;
import messenger.client.model.LoginChoices;
import messenger.client.model.LoginForm;
import messenger.client.model.LoginForm.Field;
import net.miginfocom.swing.MigLayout;

/**
 * Sign in, or create an account and be signed in. The form is checked against the contract's rules before
 * anything is sent; the server's answer, if it is a refusal, appears under the form in plain words. In a
 * window too small for the form's tallest state, the form scrolls.
 */
public final class LoginScreen extends JPanel {

    public static final String CARD = "card";
    public static final String SERVER_FIELD = "server";
    public static final String TLS_CHECKBOX = "tls";
    public static final String CERTIFICATE_FIELD = "certificate";
    public static final String CHOOSE_CERTIFICATE_BUTTON = "chooseCertificate";
    public static final String CERTIFICATE_HINT = "certificateHint";
    public static final String LOGIN_FIELD = "login";
    public static final String PASSWORD_FIELD = "password";
    public static final String CONFIRMATION_FIELD = "confirmation";
    public static final String STAY_SIGNED_IN_CHECKBOX = "staySignedIn";
    public static final String SUBMIT_BUTTON = "submit";
    public static final String SWITCH_MODE_BUTTON = "switchMode";
    public static final String FORM_PROBLEM = "formProblem";
    public static final String NOTICE = "notice";
    public static final String PROGRESS = "progress";

    /** The label under each field that explains what is wrong with it, named "{field}Problem". */
    public static String problemLabelName(Field field) {
        return switch (field) {
            case SERVER -> SERVER_FIELD + "Problem";
            case CERTIFICATE -> CERTIFICATE_FIELD + "Problem";
            case LOGIN -> LOGIN_FIELD + "Problem";
            case PASSWORD -> PASSWORD_FIELD + "Problem";
            case CONFIRMATION -> CONFIRMATION_FIELD + "Problem";
        };
    }

    private final JTextField server = new JTextField(22);
    private final JCheckBox tls = new JCheckBox("Use TLS (encrypted connection)");
    private final JLabel certificateLabel = new JLabel("Certificate");
    private final JTextField certificate = new JTextField(16);
    private final JButton chooseCertificate = new JButton("Choose…");
    private final JLabel certificateHint = Labels.small(Labels.wrapped("Leave empty to trust the system's"
            + " authorities; for a self-signed server, choose its certificate or its authority's (.crt, .pem)."));
    private final JTextField login = new JTextField(22);
    private final JPasswordField password = new JPasswordField(22);
    private final JPasswordField confirmation = new JPasswordField(22);
    private final JLabel confirmationLabel = new JLabel("Repeat password");
    private final JCheckBox staySignedIn = new JCheckBox("Stay signed in on this computer", true);
    private final JButton submit = new JButton();
    private final JButton switchMode = new LinkButton();
    private final JLabel title = new JLabel();
    private final JLabel formProblem = Labels.problemLine(FORM_PROBLEM);
    private final JLabel progress = new OneLineLabel();
    private final Map<Field, JLabel> problemLabels = new EnumMap<>(Field.class);
    private final Map<Field, JTextComponent> fields = new EnumMap<>(Field.class);
    private final SignInController controller;
    private boolean creatingAccount;
    private boolean checkAsYouType;

    public LoginScreen(LoginChoices remembered, String notice, SignInController controller) {
        super(new BorderLayout());
        this.controller = controller;
        server.setText(remembered.server());
        tls.setSelected(remembered.tls());
        certificate.setText(remembered.certificate());
        login.setText(remembered.login());
        fields.put(Field.SERVER, server);
        fields.put(Field.CERTIFICATE, certificate);
        fields.put(Field.LOGIN, login);
        fields.put(Field.PASSWORD, password);
        fields.put(Field.CONFIRMATION, confirmation);
        server.setName(SERVER_FIELD);
        tls.setName(TLS_CHECKBOX);
        certificate.setName(CERTIFICATE_FIELD);
        chooseCertificate.setName(CHOOSE_CERTIFICATE_BUTTON);
        certificateHint.setName(CERTIFICATE_HINT);
        login.setName(LOGIN_FIELD);
        password.setName(PASSWORD_FIELD);
        confirmation.setName(CONFIRMATION_FIELD);
        staySignedIn.setName(STAY_SIGNED_IN_CHECKBOX);
        staySignedIn.setToolTipText(Labels.wrapped("Opens your conversations at the next start without the"
                + " password. Anyone using your account on this computer can read them and write as you."));
        submit.setName(SUBMIT_BUTTON);
        progress.setName(PROGRESS);
        switchMode.setName(SWITCH_MODE_BUTTON);
        server.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "host:port");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.6f));

        // The card keeps its width and height across modes and problem lines, so no field moves under the mouse:
        // the fields' column is fixed, and the confirmation row keeps its room while hidden (hidemode 0).
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 24, hidemode 3, gapy 2", "[right][fill,"
                + Labels.FORM_COLUMN_WIDTH + "px!]"));
        form.setName(CARD);
        form.putClientProperty(FlatClientProperties.STYLE, "arc: 16; background: lighten($Panel.background, 3%)");
        form.add(title, "span 2, center, gapbottom 8");
        addField(form, "Server", Field.SERVER);
        form.add(tls, "skip 1");
        problemLabels.put(Field.CERTIFICATE, Labels.problemLine(problemLabelName(Field.CERTIFICATE)));
        form.add(certificateLabel);
        form.add(certificate, "split 2, growx");
        form.add(chooseCertificate);
        form.add(certificateHint, "skip 1");
        form.add(problemLabels.get(Field.CERTIFICATE), "skip 1");
        addField(form, "Login", Field.LOGIN);
        addField(form, "Password", Field.PASSWORD);
        form.add(confirmationLabel, "hidemode 0");
        form.add(confirmation, "hidemode 0");
        problemLabels.put(Field.CONFIRMATION, Labels.problemLine(problemLabelName(Field.CONFIRMATION)));
        form.add(problemLabels.get(Field.CONFIRMATION), "skip 1, hidemode 0");
        form.add(staySignedIn, "skip 1");
        form.add(formProblem, "span 2, growx, gaptop 8");
        form.add(submit, "span 2, growx, gaptop 8");
        form.add(switchMode, "span 2, center");
        form.add(progress, "span 2, center");
        if (notice != null) {
            JLabel noticeLabel = new JLabel(Labels.wrapped(notice));
            noticeLabel.setName(NOTICE);
            form.add(noticeLabel, "span 2, growx, gaptop 8");
        }
        // at the top rather than centred, so that a problem of two lines moves nothing above it
        ScrollWhenSmall page = new ScrollWhenSmall(new MigLayout("fill, insets dialog", "[center]", "36[top]"));
        page.add(form);
        JScrollPane scroll = new JScrollPane(page);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll);

        submit.addActionListener(e -> submit());
        switchMode.addActionListener(e -> {
            setCreatingAccount(!creatingAccount);
            (creatingAccount ? server : firstFocus()).requestFocusInWindow();
        });
        tls.addActionListener(e -> showCertificate());
        chooseCertificate.addActionListener(e -> chooseCertificate());
        showCertificate();
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
        JLabel problem = Labels.problemLine(problemLabelName(field));
        problemLabels.put(field, problem);
        form.add(new JLabel(label));
        form.add(fields.get(field));
        form.add(problem, "skip 1");
    }

    /** The certificate row is there only while TLS is on. */
    private void showCertificate() {
        boolean on = tls.isSelected();
        certificateLabel.setVisible(on);
        certificate.setVisible(on);
        chooseCertificate.setVisible(on);
        certificateHint.setVisible(on);
        problemLabels.get(Field.CERTIFICATE).setVisible(on);
        showProblems(form().problems());
        revalidate();
        repaint();
    }

    private void chooseCertificate() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("The certificate to trust");
        chooser.setFileFilter(new FileNameExtensionFilter("Certificates (.crt, .pem, .cer)", "crt", "pem", "cer"));
        if (!certificate.getText().isBlank()) {
            chooser.setSelectedFile(new File(certificate.getText().strip()));
        }
        if (chooser.showOpenDialog(OwnerWindow.of(this)) == JFileChooser.APPROVE_OPTION) {
            certificate.setText(chooser.getSelectedFile().getAbsolutePath());
        }
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
                creatingAccount ? new String(confirmation.getPassword()) : null, tls.isSelected(),
                certificate.getText());
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
        controller.submit(form, creatingAccount, staySignedIn.isSelected(), this::showRefusal);
    }

    private void showRefusal(Refusal refusal) {
        setBusy(false);
        JLabel target = refusal.field().map(problemLabels::get).orElse(formProblem);
        target.setText(Labels.wrapped(Problems.describe(refusal.cause())));
    }

    private void setBusy(boolean busy) {
        fields.values().forEach(field -> field.setEnabled(!busy));
        submit.setEnabled(!busy);
        tls.setEnabled(!busy);
        staySignedIn.setEnabled(!busy);
        chooseCertificate.setEnabled(!busy);
        switchMode.setEnabled(!busy);
        progress.setText(busy ? (creatingAccount ? "Creating the account…" : "Signing in…") : "");
    }

    /** Shows the given problems; before the first submit only clears the ones the user has fixed. */
    private void showProblems(Map<Field, String> problems) {
        problemLabels.forEach((field, label) -> {
            String problem = problems.get(field);
            if (problem == null || checkAsYouType) {
                label.setText(problem == null ? "" : Labels.wrapped(problem));
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
