package id.loket.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo/test SMS gateway, in process: it records what it received and, like a real gateway, takes a message with
 * an idempotency key it already has without delivering it again. Switched "down" it refuses everything (an outage).
 */
public class NotificationSimulator implements NotificationGateway {

    /** Enough for a long demo; the oldest are forgotten first (a real gateway's de-duplication window is finite too). */
    static final int CAPACITY = 5000;

    public record Received(String idempotencyKey, String phone, String text, Instant receivedAt, int calls) {
    }

    private final Clock clock;
    private final Map<String, Received> received = new LinkedHashMap<>();
    private volatile boolean down;

    public NotificationSimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        if (down) {
            throw new GatewayFailure("simulator is down");
        }
        synchronized (received) {
            received.merge(message.idempotencyKey(), new Received(message.idempotencyKey(), message.phone(),
                    message.text(), Instant.now(clock), 1), (was, now) -> new Received(was.idempotencyKey(),
                    was.phone(), was.text(), was.receivedAt(), was.calls() + 1));
            if (received.size() > CAPACITY) {
                Iterator<String> oldest = received.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    public boolean down() {
        return down;
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** Messages delivered to phones, newest first; one per idempotency key ({@code calls} counts the sends). */
    public List<Received> received() {
        synchronized (received) {
            List<Received> list = new ArrayList<>(received.values());
            java.util.Collections.reverse(list);
            return list;
        }
    }

    /** How many times a message with this key reached a phone: 0 or 1, by construction of a de-duplicating gateway. */
    public int delivered(String idempotencyKey) {
        synchronized (received) {
            return received.containsKey(idempotencyKey) ? 1 : 0;
        }
    }

    /** How many times the sender handed this key to the gateway (more than 1 = a retry the gateway had to absorb). */
    public int calls(String idempotencyKey) {
        synchronized (received) {
            Received r = received.get(idempotencyKey);
            return r == null ? 0 : r.calls();
        }
    }
}
