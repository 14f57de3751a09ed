package id.loket.siak.internal;

import java.time.Instant;

/** The port to SIAK. Never throws for SIAK's own failures: they come back as {@link SiakAnswer}s. */
public interface SiakGateway {

    SiakAnswer lookupByNik(String nik);

    /** False while the circuit breaker is open (SIAK is considered down). */
    boolean connected();

    /** When {@link #connected()} last changed (start-up if never). */
    Instant since();

    /** The circuit breaker's state: CLOSED, OPEN or HALF_OPEN. */
    String circuit();

    /** When SIAK last answered a call (null: not since start-up). */
    Instant lastSuccess();

    /** When a call last got no answer (null: not since start-up). */
    Instant lastFailure();
}
