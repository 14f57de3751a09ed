package id.loket.siak;

import java.time.Instant;

/**
 * What the gateway knows, for the status bar: "SIAK tidak terhubung sejak 10.42 — terakhir berhasil 10.37 — 7
 * pemeriksaan menunggu". {@code connected} is the circuit breaker alone (closed); {@link #state()} also weighs the
 * last call and the pending lookups, so the bar never says "terhubung" while SIAK leaves calls unanswered.
 */
public record SiakStatus(boolean connected, Instant since, long pending, String circuit, Instant lastSuccess,
                         Instant lastFailure) {

    public enum State {
        /** The breaker is open: no call goes out. */
        DOWN,
        /** The breaker lets a trial call through. */
        TRYING,
        /** The breaker is closed but the last call got no answer. */
        NOT_ANSWERING,
        /** SIAK answers, but lookups of this branch still wait for theirs. */
        WAITING,
        /** SIAK answers and nothing waits. */
        CONNECTED
    }

    public State state() {
        if ("OPEN".equals(circuit) || "FORCED_OPEN".equals(circuit)) {
            return State.DOWN;
        }
        if ("HALF_OPEN".equals(circuit)) {
            return State.TRYING;
        }
        if (lastFailure != null && (lastSuccess == null || !lastSuccess.isAfter(lastFailure))) {
            return State.NOT_ANSWERING;
        }
        return pending > 0 ? State.WAITING : State.CONNECTED;
    }
}
