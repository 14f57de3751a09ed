package id.loket.siak.internal;

import java.time.Instant;

/** The port to SIAK. Never throws for SIAK's own failures: they come back as {@link SiakAnswer}s. */
public interface SiakGateway {

    SiakAnswer lookupByNik(String nik);

    /** False while the circuit breaker is open (SIAK is considered down). */
    boolean connected();

    /** When {@link #connected()} last changed (start-up if never). */
    Instant since();
}
