package messenger.client.view;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/** Preferences kept in memory whose store can be made to fail, as a full disk or a read-only home would. */
final class UnsavablePreferences extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();
    private volatile boolean storeFails;

    UnsavablePreferences() {
        super(null, "");
    }

    void failFromNowOn() {
        storeFails = true;
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("the client's settings have no child nodes");
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (storeFails) {
            throw new BackingStoreException("the disk is full");
        }
    }
}
