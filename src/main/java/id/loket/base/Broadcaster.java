package id.loket.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans a committed change out to the screens open in one branch (boards, TV displays). Screens register on
 * attach and deregister on detach, so a closed tab leaks nothing. Delivery runs on a shared pool, never on the
 * thread of the officer who made the change; each listener does its own {@code ui.access}.
 */
public class Broadcaster<E> {

    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);

    private final Map<String, List<Consumer<E>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public Broadcaster(ExecutorService executor) {
        this.executor = executor;
    }

    /** @return call to deregister */
    public Runnable register(String branchCode, Consumer<E> listener) {
        List<Consumer<E>> list = listeners.computeIfAbsent(branchCode, b -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    public void broadcast(String branchCode, E event) {
        for (Consumer<E> listener : listeners.getOrDefault(branchCode, List.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A screen could not take an update: {}", e.toString());
                }
            });
        }
    }

    /** Listeners registered in a branch; the benchmark and tests read it. */
    public int listenerCount(String branchCode) {
        return listeners.getOrDefault(branchCode, List.of()).size();
    }
}
