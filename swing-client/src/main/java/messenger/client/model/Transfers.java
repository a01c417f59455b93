package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The transfers of this session, newest last; views hear when one is added or dismissed. */
public final class Transfers {

    public interface Listener {
        void added(Transfer transfer);

        void removed(Transfer transfer);
    }

    private final List<Transfer> all = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public synchronized void add(Transfer transfer) {
        all.add(transfer);
        listeners.forEach(listener -> listener.added(transfer));
    }

    public synchronized void remove(Transfer transfer) {
        if (all.remove(transfer)) {
            listeners.forEach(listener -> listener.removed(transfer));
        }
    }

    /** The latest download of a file, so a redrawn message can show it again. */
    public synchronized Optional<Transfer> latestDownload(long fileId) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Transfer transfer = all.get(i);
            if (transfer.direction() == Transfer.Direction.DOWNLOAD && transfer.fileId() == fileId) {
                return Optional.of(transfer);
            }
        }
        return Optional.empty();
    }

    /** Adds a listener and tells it about every transfer already here. */
    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
        new ArrayList<>(all).forEach(listener::added);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
