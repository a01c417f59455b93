package messenger.server.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change sets of the server's change log, named as Liquibase records them once applied (file, author, id). The
 * change log only includes files of formatted SQL, each change set declared as {@code --changeset author:id} and
 * nothing more. Anything else (a change set written in XML, an {@code includeAll}, an include with more attributes,
 * a change set declared another way or with attributes such as {@code runOnChange}) makes the list unknown, and the
 * caller then leaves the decision to Liquibase.
 */
final class ChangeSets {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"\\s*/>");
    private static final Pattern ANY_INCLUDE = Pattern.compile("<include\\b");
    private static final Pattern OTHER_ELEMENT = Pattern.compile("<(?!include\\b|databaseChangeLog\\b|\\?xml\\b|/)");
    private static final Pattern CHANGE_SET = Pattern.compile("^--changeset ([^:\\s]+):(\\S+)$", Pattern.MULTILINE);
    /** What Liquibase would take for a change set's declaration, written any way it accepts. */
    private static final Pattern ANY_CHANGE_SET = Pattern.compile("^\\s*--\\s*changeset\\b.*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private final Set<String> names;

    private ChangeSets(Set<String> names) {
        this.names = names;
    }

    /** The change sets of {@code changeLog} and the files it includes, read from the class path. */
    static Optional<ChangeSets> of(String changeLog, ClassLoader classes) {
        String log = read(changeLog, classes);
        if (log == null) {
            return Optional.empty();
        }
        log = log.replaceAll("(?s)<!--.*?-->", "");
        if (OTHER_ELEMENT.matcher(log).find() || count(ANY_INCLUDE, log) != count(INCLUDE, log)) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        Matcher include = INCLUDE.matcher(log);
        while (include.find()) {
            String file = include.group(1);
            String sql = read(file, classes);
            if (sql == null) {
                return Optional.empty();
            }
            int declared = count(ANY_CHANGE_SET, sql);
            Matcher changeSet = CHANGE_SET.matcher(sql);
            int read = 0;
            while (changeSet.find()) {
                names.add(name(file, changeSet.group(1), changeSet.group(2)));
                read++;
            }
            if (read == 0 || read != declared) {
                return Optional.empty();
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new ChangeSets(names));
    }

    /**
     * Whether Liquibase's log of applied change sets in the connection's database names every one of these; false
     * when there is no such log yet.
     */
    boolean allAppliedIn(Connection connection) throws SQLException {
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select filename, author, id from DATABASECHANGELOG")) {
            while (rows.next()) {
                applied.add(name(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
        return applied.containsAll(names);
    }

    int size() {
        return names.size();
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static String name(String file, String author, String id) {
        return file + "::" + id + "::" + author;
    }

    private static String read(String resource, ClassLoader classes) {
        try (InputStream in = classes.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
