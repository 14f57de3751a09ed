package id.loket.sync.internal;

import id.loket.sync.Envelope;
import java.util.List;

/** How a branch's outbox batches reach the central ({@code loket.sync.transport}: {@code http} or {@code kafka}). */
public interface Transport {

    /** Delivers a batch in order; returns normally only when the central has durably accepted all of it. */
    void send(List<Envelope> batch) throws TransportException;

    class TransportException extends Exception {
        public TransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
