package id.loket.sync.internal;

import id.loket.sync.Envelope;
import java.util.List;

/**
 * The central's side of a delivery, whatever the transport: refuses a branch that is not enrolled (or whose
 * envelopes name another branch), applies each event id once, keeps the newest snapshot of a row by seq.
 */
public interface Ingest {

    record Result(int accepted, int duplicates) {
    }

    /** @throws SecurityException when {@code branch} is not enrolled or an envelope names another branch */
    Result accept(String branch, List<Envelope> batch);
}
